import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type APIRequestContext } from '@playwright/test';
import { Client } from 'pg';
import { DesignerPage } from './pages/DesignerPage';
import { startNextServer, type RunningServer } from './support/next-server';

/**
 * Live co-editing with two and three people at once (each a browser context of
 * its own), presence, an editor who goes offline, and two app instances on one
 * PostgreSQL server. Waits are on what the page shows, never on time.
 */
const SHOP = ['categories', 'order_items', 'orders', 'products', 'users'];

async function createShop(request: APIRequestContext, name: string, baseUrl = ''): Promise<string> {
  const created = await request.post(`${baseUrl}/api/diagrams`, { data: { templateId: 'ecommerce', name } });
  expect(created.status()).toBe(201);
  return `${baseUrl}/diagrams/${(await created.json()).diagram.id}`;
}

async function openIn(browser: Browser, url: string): Promise<DesignerPage> {
  const context = await browser.newContext();
  const designer = new DesignerPage(await context.newPage());
  await designer.goto(url);
  return designer;
}

async function closeAll(...designers: DesignerPage[]): Promise<void> {
  for (const designer of designers) await designer.page.context().close();
}

/** Adds a table through the toolbar and renames it; returns once this window shows it. */
async function addNamedTable(designer: DesignerPage, name: string): Promise<void> {
  await designer.addTableButton.click();
  const field = designer.inspector.getByRole('textbox', { name: 'Table name' });
  await expect(field).toHaveValue(/^table_\d+$/);
  await field.fill(name);
  await field.press('Enter');
  await expect(designer.table(name)).toBeVisible();
}

test('two people edit at once: different tables both survive, a clash on one name ends the same everywhere', async ({ browser, request }) => {
  const url = await createShop(request, 'Two at once');
  const [a, b] = await Promise.all([openIn(browser, url), openIn(browser, url)]);

  // Different objects, at the same time.
  await Promise.all([
    (async () => { await a.renameTable('users', 'customers'); await a.addColumn('tracking_code', 'text'); })(),
    (async () => { await b.renameTable('products', 'items'); await b.addColumn('weight_grams', 'integer'); })(),
  ]);
  const expected = ['categories', 'customers', 'items', 'order_items', 'orders'];
  for (const window of [a, b]) await window.expectTables(expected);
  await expect(b.table('customers')).toContainText('tracking_code');
  await expect(a.table('items')).toContainText('weight_grams');

  // The same property, at the same time: whichever the server applied last wins, in both windows.
  await a.selectTable('categories');
  await b.selectTable('categories');
  const renames: [DesignerPage, string][] = [[a, 'sections_a'], [b, 'sections_b']];
  await Promise.all(renames.map(async ([window, name]) => {
    const field = window.inspector.getByRole('textbox', { name: 'Table name' });
    await field.fill(name);
    await field.press('Enter');
  }));
  await expect.poll(async () => {
    const [namesA, namesB] = await Promise.all([a.tableNames(), b.tableNames()]);
    return namesA.join() === namesB.join() && (namesA.includes('sections_a') || namesA.includes('sections_b'));
  }).toBe(true);
  for (const window of [a, b]) await window.waitForSaved();

  const final = await a.tableNames();
  for (const window of [a, b]) {
    await window.page.reload();
    await window.waitUntilOpen();
    await window.expectTables(final);
  }
  await closeAll(a, b);
});

test('three people at once: every edit reaches everyone, nothing is lost after a reload, and each sees the other two', async ({ browser, request }) => {
  const url = await createShop(request, 'Three at once');
  const people = await Promise.all([openIn(browser, url), openIn(browser, url), openIn(browser, url)]);
  for (const person of people) await expect(person.people).toHaveCount(2);

  await Promise.all(people.map(async (person, i) => {
    await addNamedTable(person, `from_${i}`);
    await person.addColumn(`note_${i}`, 'text');
    await person.selectTable('orders');
    await person.addColumn(`orders_note_${i}`, 'text');
  }));

  const expected = [...SHOP, 'from_0', 'from_1', 'from_2'];
  for (const person of people) {
    await person.expectTables(expected);
    for (let i = 0; i < 3; i++) {
      await expect(person.table(`from_${i}`)).toContainText(`note_${i}`);
      await expect(person.table('orders')).toContainText(`orders_note_${i}`);
    }
  }
  for (const person of people) await person.waitForSaved();
  for (const person of people) {
    await person.page.reload();
    await person.waitUntilOpen();
    await person.expectTables(expected);
    for (let i = 0; i < 3; i++) await expect(person.table('orders')).toContainText(`orders_note_${i}`);
  }
  await closeAll(...people);
});

test('presence: who is here, and what they have selected, outlined in their colour', async ({ browser, request }) => {
  const url = await createShop(request, 'Who is here');
  const a = await openIn(browser, url);
  await expect(a.people).toHaveCount(0);
  const b = await openIn(browser, url);
  await expect(a.people).toHaveCount(1);
  await expect(b.people).toHaveCount(1);

  await b.selectTable('orders');
  await expect(a.people.first()).toHaveAttribute('aria-label', /is here, with orders selected/);
  await expect(a.table('orders')).toHaveAttribute('data-selected-by', /.+/);
  await expect(a.page.getByRole('list', { name: 'Selected by' })).toBeVisible();
  await expect(a.table('users')).not.toHaveAttribute('data-selected-by', /.+/);

  // Leaving takes the avatar and the outline away.
  await b.page.context().close();
  await expect(a.people).toHaveCount(0);
  await expect(a.table('orders')).not.toHaveAttribute('data-selected-by', /.+/);
  await closeAll(a);
});

test('an editor who goes offline keeps editing; back online, both people\'s edits are everywhere', async ({ browser, request }) => {
  const url = await createShop(request, 'Offline and back');
  const a = await openIn(browser, url);
  const b = await openIn(browser, url);

  await a.page.context().setOffline(true);
  await a.renameTable('users', 'people');
  await a.selectTable('orders');
  await a.addColumn('offline_note', 'text');
  await expect(a.saveState).toHaveText(/^Offline — 2 changes waiting$/);
  await b.renameTable('products', 'goods');
  await b.waitForSaved();
  await expect(b.table('people')).toHaveCount(0);

  await a.page.context().setOffline(false);
  const expected = ['categories', 'goods', 'order_items', 'orders', 'people'];
  for (const window of [a, b]) {
    await window.expectTables(expected);
    await expect(window.table('orders')).toContainText('offline_note');
    await window.waitForSaved();
  }
  for (const window of [a, b]) {
    await window.page.reload();
    await window.waitUntilOpen();
    await window.expectTables(expected);
  }
  await closeAll(a, b);
});

test.describe('two app instances on one PostgreSQL server', () => {
  const ADMIN = process.env.TABLECRAFT_TEST_SERVER_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
  const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
  const database = `tablecraft_e2e_collab_${Date.now()}`;
  const servers: RunningServer[] = [];
  let scratch = '';

  test.describe.configure({ timeout: 240_000 });

  test.beforeAll(async () => {
    const admin = new Client({ connectionString: ADMIN });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    const url = new URL(ADMIN);
    url.pathname = `/${database}`;
    scratch = mkdtempSync(join(tmpdir(), 'tablecraft-e2e-collab-'));
    // Started one after the other: the second finds the schema migrated (the migration lock would make it wait anyway).
    servers.push(await startNextServer(BASE_PORT + 11, { DATABASE_URL: url.toString(), TABLECRAFT_DATA_DIR: scratch }));
    servers.push(await startNextServer(BASE_PORT + 12, { DATABASE_URL: url.toString(), TABLECRAFT_DATA_DIR: scratch }));
  });

  test.afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    const admin = new Client({ connectionString: ADMIN });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test('one person on each instance: edits and presence cross between them', async ({ browser, request }) => {
    const [one, two] = servers as [RunningServer, RunningServer];
    const path = new URL(await createShop(request, 'Across instances', one.url)).pathname;
    const a = await openIn(browser, `${one.url}${path}`);
    const b = await openIn(browser, `${two.url}${path}`);
    await expect(a.people).toHaveCount(1);
    await expect(b.people).toHaveCount(1);

    await a.renameTable('users', 'customers');
    await b.expectTables(['categories', 'customers', 'order_items', 'orders', 'products']);
    await b.renameTable('products', 'items');
    await a.expectTables(['categories', 'customers', 'items', 'order_items', 'orders']);
    await b.selectTable('orders');
    await expect(a.table('orders')).toHaveAttribute('data-selected-by', /.+/);

    for (const window of [a, b]) await window.waitForSaved();
    await a.page.reload();
    await a.waitUntilOpen();
    await a.expectTables(['categories', 'customers', 'items', 'order_items', 'orders']);
    await closeAll(a, b);
  });
});
