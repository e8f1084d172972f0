import { expect, test } from '@playwright/test';
import { RehearsalPage } from './pages/RehearsalPage';

/**
 * The rehearsal journey on the sandbox: an e-commerce diagram without the
 * orders index, rehearsed at a small scale with "apply proposals" — the
 * "orders of a user, newest first" pattern is flagged with a Seq Scan, and
 * after the proposed index is created its plan is an index scan on it. Then
 * the proposal is added to the diagram through the save API.
 */
const PATTERN = 'orders of a user, newest first';
const INDEX = 'orders_user_id_created_at_idx';

test('rehearse on the sandbox: progress, seq scan flagged, proposed index compared and added to the diagram', async ({ page, request }) => {
  const created = await request.post('/api/diagrams', { data: { templateId: 'ecommerce', name: 'Rehearsed shop' } });
  expect(created.status()).toBe(201);
  const { diagram } = await created.json();
  const document = structuredClone(diagram.document);
  const orders = document.tables.find((t: { name: string }) => t.name === 'orders');
  expect(orders.indexes.length).toBeGreaterThan(0);
  orders.indexes = [];
  const saved = await request.put(`/api/diagrams/${diagram.id}`, { data: { baseRevision: diagram.revision, document } });
  expect(saved.status()).toBe(200);

  // The designer links to the page.
  await page.goto(`/diagrams/${diagram.id}`);
  await page.getByRole('navigation', { name: 'Diagram pages' }).getByRole('link', { name: 'Rehearse…' }).click();
  const rehearsal = new RehearsalPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Rehearse “Rehearsed shop”' })).toBeVisible();

  await rehearsal.setScale(0.02);
  await rehearsal.setApplyProposals(true);
  await rehearsal.run();
  await expect(rehearsal.progress()).toContainText('Rehearsing in the sandbox');
  await expect(rehearsal.progress()).toContainText(/orders: 20,000 \/ 20,000 rows in [\d,]+ ms/);
  await expect(rehearsal.outcome()).toBeVisible({ timeout: 60_000 });
  await expect(rehearsal.progress()).toContainText(`Created the proposed index ${INDEX} on orders`);

  const row = rehearsal.patternRow(PATTERN);
  await expect(row).toContainText('Seq Scan on large table');
  await expect(row).toContainText('Seq Scan');

  const card = rehearsal.proposal('orders', PATTERN);
  await expect(card).toContainText(`Proposed index ${INDEX}`);
  const before = card.getByLabel('Plan before');
  const after = card.getByLabel('Plan after');
  await expect(before).toContainText('Seq Scan');
  await expect(after).toContainText(/Index (Only )?Scan|Bitmap Index Scan/);
  await expect(after).toContainText(INDEX);
  await expect(after).not.toContainText('Seq Scan');

  await card.getByRole('button', { name: 'Add to diagram' }).click();
  await expect(card.getByRole('status')).toContainText(`Added ${INDEX} to the diagram`);
  const reread = await (await request.get(`/api/diagrams/${diagram.id}`)).json();
  const names = reread.diagram.document.tables.find((t: { name: string }) => t.name === 'orders').indexes.map((i: { name: string }) => i.name);
  expect(names).toContain(INDEX);
});
