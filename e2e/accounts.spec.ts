import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { AccountMenu, SetupPage, SignInPage, SignUpPage } from './pages/AuthPages';
import { HomePage } from './pages/HomePage';
import { ReadOnlyDesigner } from './pages/SharePages';
import { startNextServer, type RunningServer } from './support/next-server';

/**
 * Accounts end to end: the first-run owner, an invitation as viewer, the
 * invited person signing up in another browser and finding the diagram
 * read-only. A second account turns access control on for the whole server, so
 * this spec runs its own `next start` with its own data folder.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 23;
const OWNER = { email: 'olga@example.com', name: 'Olga Owner', password: 'owner password 123' };
const VIEWER = { email: 'victor@example.com', name: 'Victor Viewer', password: 'viewer password 456' };
const DIAGRAM = 'Team shop';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let server: RunningServer;
let dataDir: string;
let owner: BrowserContext;
let ownerPage: Page;
let diagramUrl: string;

test.beforeAll(async ({ browser }) => {
  dataDir = mkdtempSync(join(tmpdir(), 'tablecraft-e2e-accounts-'));
  server = await startNextServer(PORT, { TABLECRAFT_DATA_DIR: dataDir });
  owner = await browser.newContext({ baseURL: server.url });
  ownerPage = await owner.newPage();
});

test.afterAll(async () => {
  await owner?.close();
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('the first run offers an owner account, which takes over the diagrams made so far', async () => {
  // Made before any account exists, by the local owner of the open mode.
  const created = await ownerPage.request.post('/api/diagrams', { data: { templateId: 'ecommerce', name: DIAGRAM } });
  expect(created.status()).toBe(201);
  diagramUrl = `/diagrams/${((await created.json()) as { diagram: { id: string } }).diagram.id}`;

  const home = new HomePage(ownerPage);
  await home.goto();
  await expect(home.row(DIAGRAM)).toBeVisible();
  const menu = new AccountMenu(ownerPage);
  await menu.singleUserEntry.click();
  const setup = new SetupPage(ownerPage);
  await expect(setup.submitButton).toBeVisible();
  await setup.submit(OWNER);
  await expect(home.heading).toBeVisible();
  await expect(menu.button(OWNER.name)).toBeVisible();
  await expect(menu.singleUserEntry).toBeHidden();
  await expect(home.row(DIAGRAM)).toBeVisible();
});

test('the owner invites a second person as viewer', async () => {
  const members = await new AccountMenu(ownerPage).openMembers(OWNER.name);
  await expect(members.member(OWNER.email)).toContainText('owner');
  await members.add(VIEWER.email, 'viewer');
  await expect(members.invitation(VIEWER.email)).toContainText('viewer');
});

test('the invited person signs up, sees the diagram and cannot change it', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  try {
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await signUp.submit(VIEWER);

    const home = new HomePage(page);
    await expect(home.heading).toBeVisible();
    const menu = new AccountMenu(page);
    await expect(menu.button(VIEWER.name)).toBeVisible();
    // Their own workspace first; the invitation made them a viewer of the Default workspace.
    await menu.switchTo(/^Default workspace \(viewer\)/);
    await expect(home.row(DIAGRAM)).toBeVisible();
    await home.link(DIAGRAM).click();

    const designer = new ReadOnlyDesigner(page);
    await expect(designer.table('orders')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Diagram name' })).toHaveText(DIAGRAM);
    await expect(page.getByRole('textbox', { name: 'Diagram name' })).toHaveCount(0);
    await expect(designer.addTableButton).toHaveCount(0);

    // The server refuses a write whatever the page shows.
    const id = diagramUrl.split('/').pop()!;
    const refused = await page.request.put(`/api/diagrams/${id}`, { data: { baseRevision: 1, name: 'Taken over' } });
    expect(refused.status()).toBe(403);
    const deleted = await page.request.delete(`/api/diagrams/${id}`);
    expect(deleted.status()).toBe(403);

    await page.goto('/');
    await menu.signOut(VIEWER.name);
    await expect(new SignInPage(page).heading).toBeVisible();
  } finally {
    await context.close();
  }
});

test('with two accounts, a browser without a session is sent to sign in and back', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  try {
    await page.goto('/?from=bookmark');
    await page.waitForURL(/\/sign-in\?next=%2F%3Ffrom%3Dbookmark$/);
    await new SignInPage(page).submit({ email: OWNER.email, password: OWNER.password });
    await page.waitForURL(/\/\?from=bookmark$/);
    await expect(new HomePage(page).row(DIAGRAM)).toBeVisible();
  } finally {
    await context.close();
  }
});
