import { readFile } from 'node:fs/promises';
import { expect, test, type Browser } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';

async function openIn(browser: Browser, url: string): Promise<DesignerPage> {
  const context = await browser.newContext();
  const designer = new DesignerPage(await context.newPage());
  await designer.goto(url);
  return designer;
}

test('two windows on one diagram: changes merge, a real clash asks, and nothing is lost', async ({ browser, request }) => {
  const created = await request.post('/api/diagrams', { data: { templateId: 'ecommerce', name: 'Shared shop' } });
  expect(created.status()).toBe(201);
  const url = `/diagrams/${(await created.json()).diagram.id}`;

  const a = await openIn(browser, url);
  const b = await openIn(browser, url);
  await a.expectTables(['categories', 'order_items', 'orders', 'products', 'users']);
  await b.expectTables(['categories', 'order_items', 'orders', 'products', 'users']);

  // A saves first; B still has the old revision.
  await a.renameTable('users', 'customers');
  await a.waitForSaved();
  await b.addTable();
  await expect(b.mergeNotice).toBeVisible();
  await b.waitForSaved();
  // B now shows A's change too, without a reload.
  await b.expectTables(['categories', 'customers', 'order_items', 'orders', 'products', 'table_6']);

  for (const window of [a, b]) {
    await window.page.reload();
    await window.waitUntilOpen();
    await window.expectTables(['categories', 'customers', 'order_items', 'orders', 'products', 'table_6']);
  }

  // Now both rename the same table differently.
  await a.renameTable('orders', 'orders_a');
  await a.waitForSaved();
  await b.renameTable('orders', 'orders_b');
  await expect(b.conflictAlert).toBeVisible();
  await expect(b.conflictAlert).toContainText('orders_b');
  await expect(b.conflictAlert).toContainText('orders_a');
  await expect(b.saveState).toHaveText('Conflict');

  await b.conflictAlert.getByRole('button', { name: 'Keep my changes' }).click();
  await expect(b.conflictAlert).toBeHidden();
  await b.waitForSaved();

  const expected = ['categories', 'customers', 'order_items', 'orders_b', 'products', 'table_6'];
  for (const window of [a, b]) {
    await window.page.reload();
    await window.waitUntilOpen();
    await window.expectTables(expected);
  }
  await expect(a.table('orders_b')).toContainText('user_id');

  await a.page.context().close();
  await b.page.context().close();
});

test('choosing their version offers my copy first, then shows theirs', async ({ browser, request }) => {
  const created = await request.post('/api/diagrams', { data: { templateId: 'ecommerce', name: 'Their way' } });
  const url = `/diagrams/${(await created.json()).diagram.id}`;
  const a = await openIn(browser, url);
  const b = await openIn(browser, url);

  await a.renameTable('products', 'items');
  await a.waitForSaved();
  await b.renameTable('products', 'goods');
  await expect(b.conflictAlert).toBeVisible();

  await b.conflictAlert.getByRole('button', { name: 'Use their version' }).click();
  const confirm = b.page.getByRole('dialog', { name: 'Use their version?' });
  const download = b.page.waitForEvent('download');
  await confirm.getByRole('button', { name: 'Download my copy' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('their-way-my-copy.json');
  const mine = JSON.parse(await readFile(await saved.path(), 'utf8'));
  expect(mine.tables.map((t: { name: string }) => t.name)).toContain('goods');

  await confirm.getByRole('button', { name: 'Discard my changes' }).click();
  await expect(b.conflictAlert).toBeHidden();
  await b.expectTables(['categories', 'items', 'order_items', 'orders', 'users']);
  await expect(b.saveState).toHaveText('Saved');

  await a.page.context().close();
  await b.page.context().close();
});
