import { expect, test, type Browser } from '@playwright/test';
import { CommentsPanel } from './pages/CommentsPanel';
import { DesignerPage } from './pages/DesignerPage';

/** Opens the diagram in a browser context of its own (another person, as far as the page knows). */
async function openIn(browser: Browser, url: string): Promise<{ designer: DesignerPage; comments: CommentsPanel }> {
  const page = await (await browser.newContext()).newPage();
  const designer = new DesignerPage(page);
  await page.goto(url);
  // The canvas, not the save indicator: comments do not depend on how the document syncs.
  await expect(designer.table('orders')).toBeVisible();
  return { designer, comments: new CommentsPanel(page) };
}

test('a thread on a column: started in one window, answered from another, badge on the table, resolved, filtered, reopened', async ({ browser, request }) => {
  const created = await request.post('/api/diagrams', { data: { templateId: 'ecommerce', name: `Review ${Math.random().toString(36).slice(2, 7)}` } });
  expect(created.status()).toBe(201);
  const url = `/diagrams/${(await created.json()).diagram.id}`;

  const a = await openIn(browser, url);
  const b = await openIn(browser, url);
  const badge = (designer: DesignerPage) => designer.table('orders').getByRole('button', { name: /open comment threads?$/ });

  // A selects orders and starts a thread on orders.total from the inspector.
  await a.designer.selectTable('orders');
  await a.designer.inspector.getByRole('button', { name: /Comment on this table/ }).click();
  await expect(a.comments.panel).toBeVisible();
  await a.comments.startThread('orders.total', 'Is numeric(12,2) enough for every currency?');
  await expect(badge(a.designer)).toHaveAccessibleName('1 open comment thread');

  // B sees it without reloading (and its badge), jumps to the column, and replies.
  await expect(badge(b.designer)).toHaveAccessibleName('1 open comment thread');
  await b.comments.open();
  const inB = b.comments.thread('orders.total');
  await expect(inB).toContainText('Is numeric(12,2) enough for every currency?');
  await inB.getByRole('button', { name: 'orders.total', exact: true }).click();
  await expect(b.designer.inspector.getByRole('textbox', { name: 'Table name' })).toHaveValue('orders');
  await b.comments.reply('orders.total', 'Yes until we sell in JPY; add a currency column then.');

  // A gets the reply.
  const inA = a.comments.thread('orders.total');
  await expect(inA.getByRole('listitem', { name: /^Comment by / })).toHaveCount(2);
  await expect(inA).toContainText('add a currency column then');

  // Resolving takes it off the open list and the badge off the table.
  await inA.getByRole('button', { name: 'Resolve' }).click();
  await expect(a.comments.thread('orders.total')).toHaveCount(0);
  await expect(badge(a.designer)).toHaveCount(0);
  await expect(a.comments.panel).toContainText('No open threads.');

  await a.comments.show('Resolved');
  const resolved = a.comments.thread('orders.total');
  await expect(resolved).toContainText('Resolved by Local owner');
  await expect(resolved).toHaveAttribute('data-status', 'resolved');
  await expect(badge(b.designer)).toHaveCount(0);

  // Reopened: back on the open list, the badge returns everywhere.
  await resolved.getByRole('button', { name: 'Reopen' }).click();
  await expect(a.comments.panel).toContainText('No resolved threads.');
  await a.comments.show('Open');
  await expect(a.comments.thread('orders.total')).toHaveAttribute('data-status', 'open');
  await expect(badge(a.designer)).toHaveAccessibleName('1 open comment thread');
  await expect(badge(b.designer)).toHaveAccessibleName('1 open comment thread');

  await a.designer.page.context().close();
  await b.designer.page.context().close();
});
