import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';
import { HomePage } from './pages/HomePage';

const ECOMMERCE_TABLES = ['categories', 'order_items', 'orders', 'products', 'users'];

test('a diagram from the e-commerce template survives a reload, and can be renamed, duplicated and deleted', async ({ page }) => {
  // The test server is shared (and tests may repeat), so the names are this run's own.
  const tag = Math.random().toString(36).slice(2, 7);
  const [name, renamed, copy] = [`Shop ${tag}`, `Shop ${tag} v2`, `Shop ${tag} v2 (copy)`];
  const home = new HomePage(page);
  await home.goto();

  const designer = await home.createFromTemplate('E-commerce orders', name);
  await expect(designer.diagramName).toHaveValue(name);
  await designer.expectTables(ECOMMERCE_TABLES);
  const products = designer.table('products');
  await expect(products).toContainText('category_id');
  await expect(products).toContainText('numeric(12,2)');
  await expect(designer.table('orders')).toContainText('order_status');
  // Five foreign keys, drawn as edges.
  await expect(page.locator('.react-flow__edge')).toHaveCount(5);

  await page.reload();
  await designer.waitUntilOpen();
  await expect(designer.diagramName).toHaveValue(name);
  await designer.expectTables(ECOMMERCE_TABLES);

  await designer.backLink.click();
  await expect(home.heading).toBeVisible();
  await expect(home.row(name)).toContainText('5 tables');

  await home.rename(name, renamed);
  await expect(home.link(renamed)).toBeVisible();
  await expect(home.link(name)).toHaveCount(0);

  await home.duplicate(renamed);
  await expect(home.row(copy)).toContainText('5 tables');

  const confirm = await home.askToDelete(copy);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(home.row(copy)).toBeVisible();

  const again = await home.askToDelete(copy);
  await again.getByRole('button', { name: 'Delete' }).click();
  await expect(again).toBeHidden();
  await expect(home.row(copy)).toHaveCount(0);

  await home.goto();
  await expect(home.row(copy)).toHaveCount(0);
  await expect(home.row(renamed)).toContainText('5 tables');
  await home.link(renamed).click();
  const reopened = new DesignerPage(page);
  await reopened.waitUntilOpen();
  await reopened.expectTables(ECOMMERCE_TABLES);
});

test('edits in the designer save by themselves and are there after a reload', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const designer = await home.createFromTemplate('Blank diagram', 'Scratch');
  await expect(page.getByText('This diagram is empty. Add a table to start.')).toBeVisible();

  await designer.addTable();
  // Every edit goes to the server at once, as an operation; "Live" means all of them arrived.
  await expect(designer.inspector.getByRole('textbox', { name: 'Table name' })).toHaveValue('table_1');
  await designer.renameTable('table_1', 'customers');
  await designer.addColumn('email', 'text');
  await expect(designer.table('customers')).toContainText('email');
  await designer.addColumn('balance', 'numeric(12,2)');
  await expect(designer.table('customers')).toContainText('numeric(12,2)');

  // The inspector explains a name it cannot take, and changes nothing.
  await designer.addColumn('email', 'text');
  await expect(designer.inspector.getByRole('alert')).toContainText('"email"');

  const emailField = designer.inspector.getByRole('textbox', { name: 'Name of column email' });
  await emailField.fill('email_address');
  await emailField.press('Enter');
  await expect(designer.table('customers')).toContainText('email_address');

  await designer.renameDiagram('Scratch pad');
  await designer.waitForSaved();

  await page.reload();
  await designer.waitUntilOpen();
  await expect(designer.diagramName).toHaveValue('Scratch pad');
  await designer.expectTables(['customers']);
  await expect(designer.table('customers')).toContainText('email_address');
  await expect(designer.table('customers')).toContainText('balance');
});

test('moving a table is saved as one change to the layout', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const designer = await home.createFromTemplate('E-commerce orders', 'Layout check');
  const id = page.url().split('/').pop()!;
  const before = await (await page.request.get(`/api/diagrams/${id}`)).json();
  const usersId: string = before.diagram.document.tables.find((t: { name: string }) => t.name === 'users').id;

  const sent: unknown[] = [];
  page.on('request', (request) => { if (request.method() === 'POST' && request.url().endsWith('/ops')) sent.push(...(request.postDataJSON() as { ops: unknown[] }).ops); });
  const header = designer.table('users').getByText('users', { exact: true });
  const box = (await header.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) await page.mouse.move(box.x + box.width / 2 + step * 12, box.y + box.height / 2 + step * 18);
  await page.mouse.up();
  await designer.waitForSaved();

  const after = await (await page.request.get(`/api/diagrams/${id}`)).json();
  const [was, now] = [before.diagram.document.layout.nodes[usersId], after.diagram.document.layout.nodes[usersId]];
  expect(now.x).toBeGreaterThan(was.x);
  expect(now.y).toBeGreaterThan(was.y);
  expect(after.diagram.revision).toBe(before.diagram.revision + 1);
  expect(sent).toHaveLength(1);
});

test('errors from the server are shown with its message', async ({ page }) => {
  const designer = new DesignerPage(page);
  const missing = '/diagrams/00000000-0000-4000-8000-00000000dead';
  const answer = await page.request.get(`/api${missing}`);
  expect(answer.status()).toBe(404);
  const { error } = await answer.json();
  await page.goto(missing);
  await expect(page.getByRole('alert').filter({ hasText: 'Could not open this diagram' })).toContainText(error.message);
  await expect(page.getByRole('link', { name: '← Back to diagrams' })).toBeVisible();
  await expect(designer.diagramName).toHaveCount(0);

  const home = new HomePage(page);
  await home.goto();
  await page.route('**/api/diagrams', async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    await route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'storage_unavailable', message: 'The database is not reachable right now.' } }),
    });
  });
  await home.newDiagramButton.click();
  const dialog = page.getByRole('dialog', { name: 'New diagram' });
  await dialog.getByRole('button', { name: 'Create diagram' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('The database is not reachable right now.');
});

test('a save that fails for a passing reason is retried, and the indicator says so', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const designer = await home.createFromTemplate('E-commerce orders', 'Flaky network');
  let failuresLeft = 1;
  await page.route('**/api/diagrams/*/ops', async (route) => {
    if (route.request().method() === 'POST' && failuresLeft > 0) {
      failuresLeft -= 1;
      await route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'storage_unavailable', message: 'Storage is restarting.' } }),
      });
      return;
    }
    await route.fallback();
  });
  await designer.renameTable('users', 'customers');
  await expect(designer.saveState).toHaveText('Error – retrying');
  await designer.waitForSaved();
  await page.reload();
  await designer.waitUntilOpen();
  await expect(designer.table('customers')).toBeVisible();
});
