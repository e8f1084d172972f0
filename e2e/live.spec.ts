import pg from 'pg';
import { expect, test } from '@playwright/test';
import { ApplyPage, ConnectionsPage } from './pages/LivePages';

/**
 * The live-database journey on a fresh database of the local PostgreSQL 15
 * server: add a connection, test it, introspect it, change the diagram, plan,
 * dry run, apply with typed confirmation, see the history, roll back.
 */
const SERVER = process.env.TABLECRAFT_TEST_SERVER_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
const database = `tablecraft_e2e_${Math.random().toString(36).slice(2, 10)}`;

async function admin(sql: string, url = SERVER): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let unavailable: string | null = null;
test.beforeAll(async () => {
  try {
    await admin(`CREATE DATABASE ${database}`);
  } catch (error) {
    unavailable = `the PostgreSQL server at ${SERVER} is unreachable (${(error as Error).message})`;
    return;
  }
  const url = new URL(SERVER);
  url.pathname = `/${database}`;
  await admin("CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text); INSERT INTO customers (email) VALUES ('a@example.com')", url.toString());
});
test.afterAll(async () => {
  if (!unavailable) await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});

test('connect, introspect, change, plan, dry run, apply with confirmation, history, roll back', async ({ page, request }) => {
  test.skip(unavailable !== null, unavailable ?? '');
  const url = new URL(SERVER);
  url.pathname = `/${database}`;
  url.password = 'e2e-secret-pw';
  url.searchParams.set('sslmode', 'disable');

  const connections = new ConnectionsPage(page);
  await connections.goto();
  await expect(page.getByRole('list', { name: 'Targets' }).getByRole('listitem').first()).toHaveAccessibleName('Sandbox');
  await connections.addByUrl('Local 15', url.toString());
  await expect(page.getByText('e2e-secret-pw')).toHaveCount(0);
  await expect(await connections.test('Local 15')).toContainText('PostgreSQL 15');

  const diagramId = await connections.introspect('Local 15');
  const { diagram } = await (await request.get(`/api/diagrams/${diagramId}`)).json();
  expect(diagram.document.tables.map((t: { name: string }) => t.name)).toEqual(['customers']);

  // The edit: add a table and drop a column (a destructive step that needs the typed confirmation).
  const customers = diagram.document.tables[0];
  const orders = {
    id: 'tbl_orders', schemaId: customers.schemaId, name: 'orders',
    columns: [{ id: 'col_orders_id', name: 'id', type: { kind: 'base', name: 'bigint', modifiers: [], arrayDims: 0 }, nullable: false, identity: 'always' }],
    primaryKey: { columnIds: ['col_orders_id'] },
  };
  const edited = { ...diagram.document, tables: [{ ...customers, columns: customers.columns.filter((c: { name: string }) => c.name !== 'email') }, orders] };
  const saved = await request.put(`/api/diagrams/${diagramId}`, { data: { baseRevision: diagram.revision, document: edited } });
  expect(saved.status()).toBe(200);

  const apply = new ApplyPage(page);
  await apply.goto(diagramId);
  await apply.chooseTarget(/^Local 15/);
  const plan = await apply.plan();
  await expect(plan).toContainText('orders');
  await expect(plan.getByRole('alert')).toContainText('destroy data');

  await page.getByRole('button', { name: 'Dry run' }).click();
  await expect(apply.outcome()).toContainText('Dry run succeeded');

  const applyButton = page.getByRole('button', { name: 'Apply', exact: true });
  await expect(applyButton).toBeDisabled();
  await page.getByRole('textbox', { name: `Type “${database}” to confirm` }).fill(database);
  await applyButton.click();
  await expect(apply.outcome()).toContainText('Applied: 1');
  await expect(page.getByRole('log')).toContainText('ok');
  await expect(apply.history().getByRole('row')).toHaveCount(2);
  await expect(apply.history()).toContainText('yes');

  await page.getByRole('button', { name: 'Roll back everything' }).click();
  const dialog = page.getByRole('dialog', { name: 'Roll back to version 0?' });
  await dialog.getByRole('textbox').fill(database);
  await dialog.getByRole('button', { name: 'Roll back' }).click();
  await expect(apply.outcome()).toContainText('Rolled back: 1');
  // The revert took a backup, so the row stays, marked not applied, with where the data went.
  await expect(apply.history()).toContainText('tablecraft_backup_');
  await expect(page.getByRole('button', { name: 'Roll back everything' })).toHaveCount(0);
});
