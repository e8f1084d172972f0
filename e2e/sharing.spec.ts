import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';
import { MigrationsPage } from './pages/MigrationsPage';
import { INACTIVE_LINK_HEADING, ReadOnlyDesigner, ShareDialog } from './pages/SharePages';
import { startNextServer, type RunningServer } from './support/next-server';

/**
 * Share links, end to end. Making a link turns access control on for the whole
 * server, so this spec runs its own `next start` with its own data folder (next
 * to the suite's server on E2E_PORT) and never locks other specs out.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 31;
const ECOMMERCE_TABLES = ['categories', 'order_items', 'orders', 'products', 'users'];
const OWNER = { email: 'olivia@example.com', name: 'Olivia Owner', password: 'correct horse battery' };

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let server: RunningServer;
let dataDir: string;
let owner: BrowserContext;
let ownerPage: Page;
let diagramUrl: string;
let diagramId: string;

/** A browser with no session at all: only what the link gives. */
async function visitor(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: server.url });
  return { context, page: await context.newPage() };
}

test.beforeAll(async ({ browser }) => {
  dataDir = mkdtempSync(join(tmpdir(), 'tablecraft-e2e-share-'));
  server = await startNextServer(PORT, { TABLECRAFT_DATA_DIR: dataDir });
  owner = await browser.newContext({ baseURL: server.url });
  ownerPage = await owner.newPage();
  const created = await ownerPage.request.post('/api/diagrams', { data: { templateId: 'ecommerce', name: 'Shared shop' } });
  expect(created.status()).toBe(201);
  diagramId = ((await created.json()) as { diagram: { id: string } }).diagram.id;
  diagramUrl = `/diagrams/${diagramId}`;
});

test.afterAll(async () => {
  await owner?.close();
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('without an owner account, the Share dialog explains and points to /setup instead of making a link', async () => {
  const designer = new DesignerPage(ownerPage);
  await designer.goto(diagramUrl);
  const share = new ShareDialog(ownerPage);
  await share.open();
  await share.submit('viewer', '7 days', 'Too early');
  await expect(share.ownerRequired).toContainText('Create the owner account first');
  await expect(share.ownerRequired.getByRole('link', { name: /Create the owner account/ })).toHaveAttribute('href', '/setup');
  await expect(share.dialog.getByText('No share links yet.')).toBeVisible();
  await share.close();
});

test('a viewer link: the visitor sees the canvas and the SQL, cannot change anything, and loses access when it is revoked', async ({ browser }) => {
  // The owner account (the accounts API signs this browser in).
  const setup = await ownerPage.request.post('/api/auth/setup', { data: OWNER });
  expect(setup.status()).toBe(201);
  const designer = new DesignerPage(ownerPage);
  await designer.goto(diagramUrl);
  const share = new ShareDialog(ownerPage);
  await share.open();
  const url = await share.create('viewer', '7 days', 'Auditors');
  // A second active link keeps access control on after the viewer link is revoked below.
  await share.create('commenter', '30 days', 'Reviewers');
  await share.close();

  const { context, page } = await visitor(browser);
  try {
    await page.goto(url);
    await expect(page).toHaveURL(new RegExp(`${diagramUrl}$`));
    const view = new ReadOnlyDesigner(page);
    await expect(view.banner).toContainText('View only');
    await expect(view.banner).toContainText('shared with you as viewer');
    await expect.poll(() => view.tableNames()).toEqual(ECOMMERCE_TABLES);

    // No way to edit: no toolbar, no inline rename, a disabled inspector, editing keys do nothing.
    await expect(view.addTableButton).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Share', exact: true })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Apply…' })).toHaveCount(0);
    await view.table('orders').getByText('orders', { exact: true }).dblclick();
    await expect(page.getByRole('textbox', { name: 'Rename table' })).toHaveCount(0);
    await expect(view.inspector.getByRole('textbox', { name: 'Table name' })).toHaveValue('orders');
    await expect(view.inspector.getByRole('textbox', { name: 'Table name' })).toBeDisabled();
    await page.keyboard.press('t');
    await page.keyboard.press('Delete');
    // Search still works (and proves the keys above were handled by now).
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog', { name: /search/i })).toBeVisible();
    await page.keyboard.press('Escape');
    expect(await view.tableNames()).toEqual(ECOMMERCE_TABLES);

    // The server refuses a write carrying the link's cookie.
    const cookies = await context.cookies();
    const shareCookie = cookies.find((c) => c.name === 'tablecraft_share');
    expect(shareCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const put = await page.request.put(`/api/diagrams/${diagramId}`, { data: { baseRevision: 1, name: 'Defaced' } });
    expect(put.status()).toBe(403);
    expect((await page.request.get('/api/connections')).status()).toBe(403);

    // The SQL and the migration bundle.
    await page.getByRole('link', { name: 'Migrations' }).click();
    const migrations = new MigrationsPage(page);
    await migrations.waitForPlan();
    await expect(migrations.statements().filter({ hasText: 'CREATE TABLE "public"."orders"' })).toHaveCount(1);
    await expect(migrations.saveVersionButton).toHaveCount(0);
    const [download] = await Promise.all([page.waitForEvent('download'), migrations.downloadLink.click()]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);

    // The owner revokes; the visitor's next load gets the "no longer active" answer.
    await share.open();
    await share.revoke('Auditors');
    await page.goto(diagramUrl);
    await expect(page.getByRole('heading', { name: INACTIVE_LINK_HEADING })).toBeVisible();
    await page.goto(url);
    await expect(page.getByRole('heading', { name: INACTIVE_LINK_HEADING })).toBeVisible();
    expect((await page.request.get(`/api/diagrams/${diagramId}`)).status()).toBe(401);
  } finally {
    await context.close();
  }
});

test('an expired link gets the same answer as a revoked one', async ({ browser }) => {
  // Made through the API so it can expire within the test; the dialog offers days.
  const made = await ownerPage.request.post(`/api/diagrams/${diagramId}/shares`, {
    data: { role: 'viewer', label: 'Short-lived', expiresAt: new Date(Date.now() + 15_000).toISOString() },
  });
  expect(made.status()).toBe(201);
  const { path } = (await made.json()) as { path: string };
  const { context, page } = await visitor(browser);
  try {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`${diagramUrl}$`));
    await expect(new ReadOnlyDesigner(page).banner).toBeVisible();
    // Wait for the expiry to pass (polling, no fixed sleep), then the link and the page both refuse.
    await expect.poll(async () => {
      await page.goto(path);
      return page.url();
    }, { timeout: 60_000, intervals: [1_000] }).toMatch(/\/s\/invalid$/);
    await expect(page.getByRole('heading', { name: INACTIVE_LINK_HEADING })).toBeVisible();
    // The cookie lived exactly as long as the link, so the browser dropped it too: the diagram
    // stays closed and the visitor is asked to sign in instead.
    expect((await context.cookies()).some((c) => c.name === 'tablecraft_share')).toBe(false);
    await page.goto(diagramUrl);
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await expect(new ReadOnlyDesigner(page).tables).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('an editor link lets the visitor edit, and the change is saved for everyone', async ({ browser }) => {
  const designer = new DesignerPage(ownerPage);
  await designer.goto(diagramUrl);
  const share = new ShareDialog(ownerPage);
  await share.open();
  const url = await share.create('editor', '1 day', 'Pair');
  await share.close();

  const { context, page } = await visitor(browser);
  try {
    await page.goto(url);
    const guest = new DesignerPage(page);
    await guest.waitUntilOpen();
    await expect(new ReadOnlyDesigner(page).banner).toHaveCount(0);
    // A link visitor never makes links, whatever the role.
    await expect(page.getByRole('button', { name: 'Share', exact: true })).toHaveCount(0);
    await guest.addTable();
    await guest.waitForSaved();
    const stored = await ownerPage.request.get(`/api/diagrams/${diagramId}`);
    expect(((await stored.json()) as { diagram: { tableCount: number } }).diagram.tableCount).toBe(ECOMMERCE_TABLES.length + 1);
  } finally {
    await context.close();
  }
});
