import { expect, test } from '@playwright/test';
import { HomePage } from './pages/HomePage';

const RAG = 'RAG documents with embeddings';
const suffix = () => Math.random().toString(36).slice(2, 7);

test('an access pattern with a cosine similarity search and a join, undone step by step', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const designer = await home.createFromTemplate(RAG, `RAG ${suffix()}`);

  // documents has no vector column: its patterns offer no similarity search.
  await designer.selectTable('documents');
  await designer.addAccessPattern();
  await expect(designer.accessPattern('query_1')).toBeVisible();
  await expect(designer.accessPattern('query_1').getByRole('combobox', { name: /^Similarity column/ })).toHaveCount(0);

  await designer.selectTable('chunks');
  await designer.addAccessPattern();
  const pattern = designer.accessPattern('query_2');
  await pattern.getByRole('combobox', { name: 'Similarity column of query_2' }).selectOption({ label: 'embedding' });
  await pattern.getByRole('combobox', { name: 'Similarity distance of query_2' }).selectOption('cosine');
  const k = pattern.getByRole('spinbutton', { name: 'Nearest neighbours k of query_2' });
  await k.fill('25');
  await k.press('Enter');
  await expect(k).toHaveValue('25');
  await k.fill('10');
  await k.press('Enter');
  await expect(k).toHaveValue('10');
  const join = pattern.getByRole('group', { name: 'Joins of query_2' }).getByRole('checkbox', { name: 'chunks → documents via document_id' });
  await join.check();
  await expect(join).toBeChecked();
  const reads = pattern.getByRole('group', { name: /^Columns read by query_2/ });
  await reads.getByRole('checkbox', { name: 'content' }).check();
  await expect(reads.getByRole('checkbox', { name: 'content' })).toBeChecked();

  // Each edit is one undo step: the columns read, then the join, then k back to 25.
  await designer.focusCanvasKeepingSelection();
  await designer.undo();
  await expect(reads.getByRole('checkbox', { name: 'content' })).not.toBeChecked();
  await designer.undo();
  await expect(join).not.toBeChecked();
  await designer.undo();
  await expect(k).toHaveValue('25');
  await designer.redo();
  await designer.redo();
  await expect(join).toBeChecked();
  await expect(k).toHaveValue('10');
  await designer.waitForSaved();
});

test('an expression index on lower(email) and an email_address domain used as a column type, undone', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const designer = await home.createFromTemplate('E-commerce orders', `Shop ${suffix()}`);
  const indexLine = designer.table('users').getByRole('list', { name: 'Indexes' });

  await designer.selectTable('users');
  const indexes = designer.section('Indexes');
  const addExpression = indexes.getByRole('textbox', { name: 'Add index on expression' });
  await addExpression.fill('lower(email)');
  await addExpression.press('Enter');
  await expect(indexLine).toContainText('btree · users_lower_email_idx');
  const index = indexes.getByRole('group', { name: 'Index users_lower_email_idx' });
  await expect(index.getByRole('textbox', { name: 'Key 1 expression of index users_lower_email_idx' })).toHaveValue('lower(email)');
  await index.getByRole('textbox', { name: 'Key 1 collation of index users_lower_email_idx' }).fill('C');
  await index.getByRole('textbox', { name: 'Key 1 collation of index users_lower_email_idx' }).press('Enter');
  await expect(index.getByRole('textbox', { name: 'Key 1 collation of index users_lower_email_idx' })).toHaveValue('C');

  // A domain over text with a CHECK, created in the diagram panel.
  await designer.showDiagramPanel();
  const newDomain = designer.section('Domains').getByRole('textbox', { name: 'New domain name' });
  await newDomain.fill('email_address');
  await newDomain.press('Enter');
  const domain = designer.domain('email_address');
  await expect(domain.getByRole('combobox', { name: 'Type of domain email_address' })).toHaveValue('base:text');
  const addCheck = domain.getByRole('textbox', { name: 'Add check to domain email_address' });
  await addCheck.fill("CHECK (VALUE ~ '^[^@]+@[^@]+$')");
  await addCheck.press('Enter');
  await expect(domain.getByRole('textbox', { name: 'Check 1 of domain email_address' })).toHaveValue("VALUE ~ '^[^@]+@[^@]+$'");

  // The column type picker offers it; the node shows it.
  await designer.selectTable('users');
  await designer.inspector.getByRole('button', { name: 'Edit column email' }).click();
  await designer.inspector.getByRole('combobox', { name: 'Type of column email' }).selectOption({ label: 'domain email_address' });
  await expect(designer.column('users', 'email')).toContainText('email_address');

  // Undo: the column type, the check, the domain, the collation, the index.
  await designer.focusCanvasKeepingSelection();
  await designer.undo();
  await expect(designer.column('users', 'email')).toContainText('text');
  await expect(designer.column('users', 'email')).not.toContainText('email_address');
  await designer.undo();
  await designer.undo();
  await designer.undo();
  await expect(indexLine).toContainText('users_lower_email_idx');
  await designer.undo();
  await expect(designer.table('users')).not.toContainText('users_lower_email_idx');
  await designer.showDiagramPanel();
  await expect(designer.domain('email_address')).toHaveCount(0);
  await designer.waitForSaved();
});
