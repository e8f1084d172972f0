import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { HomePage } from './pages/HomePage';
import { ImportDialog } from './pages/ImportDialog';

// The real pg_dump fixture, beside the checkout (../shared); read in place, never copied in.
const PAGILA = fileURLToPath(new URL('../../shared/fixtures/pagila-schema.sql', import.meta.url));

const LIBRARY_SQL = `CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE books (
  id bigint PRIMARY KEY,
  author_id bigint NOT NULL REFERENCES authors (id),
  title text NOT NULL
);
CREATE TABLE reviews (id bigint PRIMARY KEY, book_id bigint NOT NULL, body text);
ALTER TABLE reviews ADD CONSTRAINT reviews_book_fk FOREIGN KEY (book_id) REFERENCES books (id) ON DELETE CASCADE;
CREATE INDEX books_title_idx ON books (title);
CREATE FUNCTION trim_title() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.title := trim(NEW.title); RETURN NEW; END $$;
CREATE TRIGGER books_trim_title BEFORE INSERT ON books FOR EACH ROW EXECUTE FUNCTION trim_title();
`;

const tag = () => Math.random().toString(36).slice(2, 7);

test('pasted SQL is previewed as a report, becomes a diagram with its tables and relationships, and exports as DBML', async ({ page }) => {
  const name = `Library ${tag()}`;
  const home = new HomePage(page);
  await home.goto();
  const importer = new ImportDialog(page);
  await importer.open();
  await importer.paste(LIBRARY_SQL);
  await importer.name.fill(name);
  await importer.preview();

  await expect(importer.report).toBeVisible();
  await expect(importer.count('Imported', 'table')).toHaveText('table: 3 imported');
  await expect(importer.count('Imported', 'index')).toHaveText('index: 1 imported');
  await expect(importer.count('Skipped', 'function')).toHaveText('function: 1 skipped');
  await expect(importer.count('Skipped', 'trigger')).toHaveText('trigger: 1 skipped');
  await expect(importer.report).toContainText('PostgreSQL 17');

  const designer = await importer.createDiagram();
  await expect(designer.diagramName).toHaveValue(name);
  await designer.expectTables(['authors', 'books', 'reviews']);
  await expect(designer.column('books', 'author_id')).toBeVisible();
  // books → authors and reviews → books, drawn as edges.
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);

  await page.getByRole('button', { name: 'Export as file' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Export as DBML' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${name}.dbml`);
  const dbml = await readFile(await download.path(), 'utf8');
  // After the optional Project header, the first block is a table or an enum.
  expect(dbml.trimStart()).toMatch(/^(Project\b[^{]*\{[^}]*\}\s*)?(Table|Enum)\b/);
  expect(dbml).toContain('Table "public"."books"');
  expect(dbml).toMatch(/Ref[^\n]*reviews[^\n]*book_id/);
});

test('SQL that does not parse is reported with its line and column, and nothing is created', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const importer = new ImportDialog(page);
  await importer.open();
  await importer.paste('CREATE TABLE a (id int);\nCREATE TABLE b (id int,, x int);');
  await importer.preview();
  await expect(importer.error).toContainText('line 2, column 24');
  await expect(importer.report).toHaveCount(0);

  await importer.dialog.getByRole('button', { name: 'Create diagram' }).click();
  await expect(importer.error).toContainText('line 2, column 24');
  await expect(page).toHaveURL(/\/$/);
});

test('an uploaded pg_dump file (pagila) is detected as SQL and reported, skipped statements counted per kind', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const importer = new ImportDialog(page);
  await importer.open();
  await importer.format.selectOption('dbml');
  await importer.upload(PAGILA);
  await expect(importer.format).toHaveValue('sql');
  await expect(importer.source).toHaveValue(await readFile(PAGILA, 'utf8'));
  await importer.preview();

  await expect(importer.count('Imported', 'table')).toHaveText('table: 16 imported');
  await expect(importer.count('Imported', 'enum')).toHaveText('enum: 1 imported');
  await expect(importer.count('Imported', 'domain')).toHaveText('domain: 2 imported');
  await expect(importer.count('Skipped', 'function')).toHaveText('function: 9 skipped');
  await expect(importer.count('Skipped', 'trigger')).toHaveText('trigger: 16 skipped');
  await expect(importer.count('Skipped', 'view')).toHaveText('view: 7 skipped');
  // uuidv7() raises the target, and the report says why.
  await expect(importer.report).toContainText('PostgreSQL 18');
  await expect(importer.report).toContainText('uuidv7');

  const designer = await importer.createDiagram();
  await expect(designer.table('film')).toBeVisible();
  await expect(designer.table('rental')).toBeVisible();
});
