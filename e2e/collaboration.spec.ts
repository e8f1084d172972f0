import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';

/**
 * What co-editing tells people when their edits meet: the later change to one
 * property wins and the overwritten person is told who and what; a change to
 * something another person deleted is dropped, naming who deleted it; a save
 * from outside the designer and an undo after someone else's edit behave.
 * (Many people at once, presence, offline, several instances: co-editing.spec.ts.)
 */
async function createShop(request: APIRequestContext, name: string): Promise<{ id: string; url: string }> {
  const created = await request.post('/api/diagrams', { data: { templateId: 'ecommerce', name } });
  expect(created.status()).toBe(201);
  const id: string = (await created.json()).diagram.id;
  return { id, url: `/diagrams/${id}` };
}

async function openIn(browser: Browser, url: string): Promise<DesignerPage> {
  const context = await browser.newContext();
  const designer = new DesignerPage(await context.newPage());
  await designer.goto(url);
  return designer;
}

test('the same property set by two people: the later one wins, and the first is told by whom and what', async ({ browser, request }) => {
  const { url } = await createShop(request, 'Same name');
  const a = await openIn(browser, url);
  const b = await openIn(browser, url);

  await a.renameTable('orders', 'orders_a');
  await a.waitForSaved();
  await b.expectTables(['categories', 'order_items', 'orders_a', 'products', 'users']);
  await b.renameTable('orders_a', 'orders_b');

  for (const window of [a, b]) await window.expectTables(['categories', 'order_items', 'orders_b', 'products', 'users']);
  await expect(a.notices).toContainText('changed the name of orders_a after you did; theirs is kept ("orders_b")');
  await expect(b.notices).toHaveCount(0);
  await a.notices.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(a.notices).toHaveCount(0);

  await a.page.context().close();
  await b.page.context().close();
});

test('a change to a table someone else deleted meanwhile is dropped, and its author is told who deleted it', async ({ browser, request }) => {
  const { url } = await createShop(request, 'Deleted meanwhile');
  const a = await openIn(browser, url);
  const b = await openIn(browser, url);

  // A's change waits (offline) while B deletes the table it is about.
  await a.page.context().setOffline(true);
  const email = a.inspector.getByRole('textbox', { name: 'Name of column email' });
  await a.selectTable('users');
  await email.fill('email_address');
  await email.press('Enter');
  await expect(a.table('users')).toContainText('email_address');

  await b.selectTable('users');
  await b.focusCanvasKeepingSelection();
  await b.page.keyboard.press('Delete');
  await expect(b.table('users')).toHaveCount(0);
  await b.waitForSaved();

  await a.page.context().setOffline(false);
  await expect(a.notices).toContainText('Your change to users.email was dropped: Local owner deleted the table users.');
  for (const window of [a, b]) {
    await window.expectTables(['categories', 'order_items', 'orders', 'products']);
    await window.waitForSaved();
  }
  await a.page.context().close();
  await b.page.context().close();
});

test('a save from outside the designer (the API, the CLI) shows up in open designers at once', async ({ browser, request }) => {
  const { id, url } = await createShop(request, 'Saved elsewhere');
  const a = await openIn(browser, url);
  const current = (await (await request.get(`/api/diagrams/${id}`)).json()).diagram;
  const document = {
    ...current.document,
    tables: current.document.tables.map((t: { name: string }) => (t.name === 'categories' ? { ...t, name: 'catalog' } : t)),
  };
  const saved = await request.put(`/api/diagrams/${id}`, { data: { baseRevision: current.revision, document } });
  expect(saved.status()).toBe(200);
  await a.expectTables(['catalog', 'order_items', 'orders', 'products', 'users']);
  await a.waitForSaved();
  await a.page.context().close();
});

test('undo takes back my own step, not the change someone else made since', async ({ browser, request }) => {
  const { url } = await createShop(request, 'Undo together');
  const a = await openIn(browser, url);
  const b = await openIn(browser, url);

  await a.renameTable('users', 'customers');
  await a.waitForSaved();
  await b.renameTable('products', 'items');
  await a.expectTables(['categories', 'customers', 'items', 'order_items', 'orders']);

  await a.focusCanvas();
  await a.undo();
  for (const window of [a, b]) await window.expectTables(['categories', 'items', 'order_items', 'orders', 'users']);
  await a.waitForSaved();

  await a.page.context().close();
  await b.page.context().close();
});
