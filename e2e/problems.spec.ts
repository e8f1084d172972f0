import { expect, test } from '@playwright/test';
import { HomePage } from './pages/HomePage';
import { ProblemsPanel } from './pages/ProblemsPanel';

test('an orders table holding the customer email: the server check finds the 3NF violation, the fix cleans it, undo brings it back', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const designer = await home.createFromTemplate('Blank diagram', `Normalize ${Math.random().toString(36).slice(2, 7)}`);
  const problems = new ProblemsPanel(page);

  await designer.addTable();
  await designer.renameTable('table_1', 'customers');
  await designer.addColumn('email', 'text');
  await designer.addTable();
  await designer.renameTable('table_2', 'orders');
  await designer.addColumn('customer_id', 'bigint');
  await designer.addColumn('customer_email', 'text');
  await expect(designer.column('orders', 'customer_email')).toBeVisible();

  // orders.customer_id → customers, by dragging from the column onto the parent table.
  await designer.connect('orders', 'customer_id', 'customers');
  await expect(designer.column('orders', 'customer_id').getByRole('img', { name: 'foreign key' })).toBeVisible();

  // Declare customer_id → customer_email in the inspector.
  await designer.selectTable('orders');
  const requirements = designer.section('Requirements');
  const dependency = requirements.getByRole('textbox', { name: 'New functional dependency' });
  await dependency.fill('customer_id -> customer_email');
  await dependency.press('Enter');
  await expect(requirements).toContainText('customer_id → customer_email');

  // The panel shows the violation, grouped under orders, with its dependency and the normal form it breaks.
  await problems.open();
  await problems.waitForCheck();
  const violation = problems.table('orders').getByRole('listitem').filter({ hasText: 'breaks 3NF' })
    .filter({ has: page.getByLabel('Dependency').getByText('customer_id → customer_email') }).first();
  await expect(violation).toBeVisible();
  expect(await problems.categoryCount('Normalization')).toBeGreaterThan(0);
  await expect(designer.table('orders').getByLabel(/^\d+ problems?$/)).toBeVisible();

  // Clicking it selects orders and highlights the columns of the dependency.
  await violation.getByRole('button', { name: /^Show / }).click();
  await expect(designer.inspector.getByRole('textbox', { name: 'Table name' })).toHaveValue('orders');
  await expect(designer.column('orders', 'customer_email')).toHaveAttribute('data-problem-highlight', 'true');
  await expect(designer.column('orders', 'customer_id')).toHaveAttribute('data-problem-highlight', 'true');

  // Preview says what moves; applying it takes customer_email out of orders and the check goes clean.
  await violation.getByRole('button', { name: 'Preview fix' }).click();
  await expect(violation.getByRole('region', { name: 'Fix preview' })).toContainText('customer_email moved out');
  await violation.getByRole('button', { name: 'Apply fix' }).click();
  await expect(designer.column('orders', 'customer_email')).toHaveCount(0);
  await problems.waitForCheck();
  await expect.poll(() => problems.categoryCount('Normalization')).toBe(0);
  await expect(problems.table('orders').getByText('breaks 3NF')).toHaveCount(0);

  // One undo restores the column and the violation.
  await designer.focusCanvas();
  await designer.undo();
  await expect(designer.column('orders', 'customer_email')).toBeVisible();
  await problems.waitForCheck();
  await expect(problems.table('orders').getByRole('listitem').filter({ hasText: 'breaks 3NF' }).first()).toBeVisible();
  expect(await problems.categoryCount('Normalization')).toBeGreaterThan(0);
});
