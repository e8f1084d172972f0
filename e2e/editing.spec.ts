import { expect, test } from '@playwright/test';
import { HomePage } from './pages/HomePage';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a person draws tables, relationships, an N:M link and a partial GIN index, undoes, redoes, deletes and pastes', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const designer = await home.createFromTemplate('Blank diagram', `Editing ${Math.random().toString(36).slice(2, 7)}`);
  const edges = page.locator('.react-flow__edge');

  // Two tables with columns.
  await designer.addTable();
  await designer.renameTable('table_1', 'users');
  await designer.addColumn('email', 'text');
  await designer.addTable();
  await designer.renameTable('table_2', 'posts');
  await designer.addColumn('title', 'text');
  await expect(designer.column('posts', 'title')).toContainText('text');

  // 1:N by dragging from the parent's key onto the child: posts gets users_id bigint.
  await designer.connect('users', 'id', 'posts');
  await expect(designer.column('posts', 'users_id')).toContainText('bigint');
  await expect(designer.column('posts', 'users_id').getByRole('img', { name: 'foreign key' })).toBeVisible();
  await expect(edges).toHaveCount(1);
  // The new relationship is selected: the inspector shows it.
  await expect(designer.inspector.getByRole('combobox', { name: 'Cardinality' })).toHaveValue('1:N');

  // N:M: a third table, linked, then switched to many-to-many in the relationship inspector.
  await designer.focusCanvas();
  await page.keyboard.press('t');
  await expect(designer.tables).toHaveCount(3);
  await designer.renameTable('table_3', 'tags');
  await designer.connect('users', 'id', 'tags');
  await expect(designer.column('tags', 'users_id')).toBeVisible();
  await designer.inspector.getByRole('combobox', { name: 'Cardinality' }).selectOption('N:M');
  const junction = designer.table('tags_users');
  await expect(junction).toBeVisible();
  await expect(designer.column('tags', 'users_id')).toHaveCount(0);
  for (const column of ['tags_id', 'users_id']) {
    await expect(designer.column('tags_users', column).getByRole('img', { name: 'primary key' })).toBeVisible();
  }
  await expect(edges).toHaveCount(3);

  // A partial GIN index edited in the inspector, shown on the node.
  await designer.selectTable('posts');
  const indexes = designer.section('Indexes');
  await indexes.getByRole('combobox', { name: 'Add index on column' }).selectOption({ label: 'title' });
  await indexes.getByRole('combobox', { name: 'Method of index posts_title_idx' }).selectOption('gin');
  const where = indexes.getByRole('textbox', { name: 'Where clause of index posts_title_idx' });
  await where.fill("title <> ''");
  await where.press('Enter');
  const indexLine = designer.table('posts').getByRole('list', { name: 'Indexes' });
  await expect(indexLine).toContainText('gin · posts_title_idx · partial');

  // Undo takes the WHERE away, then the method; redo brings both back.
  await designer.focusCanvas();
  await designer.undo();
  await expect(indexLine).toContainText('gin · posts_title_idx');
  await expect(indexLine).not.toContainText('partial');
  await designer.undo();
  await expect(indexLine).toContainText('btree · posts_title_idx');
  await designer.redo();
  await designer.redo();
  await expect(indexLine).toContainText('gin · posts_title_idx · partial');

  // Delete a table (its foreign key goes with it) and undo.
  await designer.selectTable('posts');
  await designer.focusCanvasKeepingSelection();
  await page.keyboard.press('Delete');
  await expect(designer.table('posts')).toHaveCount(0);
  await expect(edges).toHaveCount(2);
  await designer.undo();
  await expect(designer.column('posts', 'users_id')).toBeVisible();
  await expect(edges).toHaveCount(3);

  // Copy and paste: a copy with a fresh name next to it.
  await designer.selectTable('users');
  await designer.focusCanvasKeepingSelection();
  await page.keyboard.press('ControlOrMeta+c');
  await page.keyboard.press('ControlOrMeta+v');
  await expect(designer.table('users_copy')).toBeVisible();
  await expect(designer.column('users_copy', 'email')).toBeVisible();

  await designer.waitForSaved();
  await page.reload();
  await designer.waitUntilOpen();
  await designer.expectTables(['posts', 'tags', 'tags_users', 'users', 'users_copy']);
  await expect(designer.table('posts').getByRole('list', { name: 'Indexes' })).toContainText('partial');
});
