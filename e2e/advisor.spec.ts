import { expect, test } from '@playwright/test';
import { HomePage } from './pages/HomePage';
import { ProblemsPanel } from './pages/ProblemsPanel';

test('an access pattern gets a proposed index with its reason; a finding can be justified; the index is applied onto the node', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const designer = await home.createFromTemplate('Blank diagram', `Advisor ${Math.random().toString(36).slice(2, 7)}`);
  const problems = new ProblemsPanel(page);

  await designer.addTable();
  await designer.renameTable('table_1', 'posts');
  await designer.addColumn('author_id', 'bigint');
  await designer.addColumn('created_at', 'timestamptz');
  await expect(designer.column('posts', 'created_at')).toBeVisible();

  // Requirements → access patterns: author_id = ?, ORDER BY created_at DESC.
  const requirements = designer.section('Requirements');
  await requirements.getByRole('button', { name: 'Add access pattern' }).click();
  const pattern = requirements.getByRole('group', { name: /^Access pattern / });
  const patternName = (await pattern.getAttribute('aria-label'))!.replace(/^Access pattern /, '');
  await requirements.getByRole('combobox', { name: `Add filter to ${patternName}` }).selectOption({ label: 'author_id' });
  await expect(requirements.getByRole('combobox', { name: `Operator of filter 1 of ${patternName}` })).toHaveValue('eq');
  await requirements.getByRole('combobox', { name: `Add sort to ${patternName}` }).selectOption({ label: 'created_at DESC' });
  await expect(pattern).toContainText('ORDER BY created_at DESC');

  // The panel proposes the index, says which pattern it serves and why its columns are in that order.
  await problems.open();
  await problems.waitForCheck();
  const proposal = problems.findings('posts', 'INDEX_FOR_PATTERN');
  await expect(proposal).toHaveCount(1);
  await expect(proposal).toContainText(`Serves: ${patternName}`);
  await expect(proposal).toContainText('Why:');
  await expect(proposal).toContainText('created_at');

  // Accepting needs 20 characters; a justified finding is shown with its text and no longer counted.
  const openIndexFindings = await problems.categoryCount('Indexes');
  await proposal.getByRole('button', { name: 'Accept with justification…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Accept with justification' });
  await dialog.getByRole('textbox', { name: 'Justification' }).fill('too short');
  await expect(dialog.getByRole('button', { name: 'Accept' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const justification = 'Only run by a nightly report; a sequential scan is fine there.';
  await problems.accept(proposal, justification, 'Seq Scan on posts (actual time=0.01..3.2 rows=900)');
  await expect(proposal).toHaveAttribute('data-accepted', 'true');
  await expect(proposal).toContainText('Justified');
  await expect(proposal).toContainText(justification);
  await expect.poll(() => problems.categoryCount('Indexes')).toBe(openIndexFindings - 1);

  // Withdrawn, it is open again; then the proposed index is applied and appears on the table node.
  await proposal.getByRole('button', { name: 'Withdraw acceptance' }).click();
  await expect(proposal).not.toHaveAttribute('data-accepted', 'true');
  await proposal.getByRole('button', { name: 'Preview fix' }).click();
  await expect(proposal.getByRole('region', { name: 'Fix preview' })).toContainText('posts: new btree index');
  await proposal.getByRole('button', { name: 'Apply fix' }).click();
  await expect(designer.table('posts').getByRole('list', { name: 'Indexes' })).toContainText('btree');
  await problems.waitForCheck();
  await expect(problems.findings('posts', 'INDEX_FOR_PATTERN')).toHaveCount(0);
});
