import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { Client } from 'pg';
import { DesignerPage } from './pages/DesignerPage';
import { HomePage } from './pages/HomePage';
import { startNextServer, type RunningServer } from './support/next-server';

/** Next to the suite's own server (E2E_PORT, default 3100). */
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * Diagrams outlive the server process: with the embedded database (a data
 * folder) and with a PostgreSQL server (DATABASE_URL). These tests run their own
 * `next start` processes, on ports of their own, so they never disturb the
 * shared test server.
 */
const ECOMMERCE_TABLES = ['categories', 'order_items', 'orders', 'products', 'users'];
const PG_ADMIN_URL = 'postgres://root@127.0.0.1:5432/postgres';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

async function createAndCheck(page: Page, server: RunningServer, name: string): Promise<string> {
  const home = new HomePage(page, server.url);
  await home.goto();
  const designer = await home.createFromTemplate('E-commerce orders', name);
  await designer.expectTables(ECOMMERCE_TABLES);
  await designer.renameTable('users', 'customers');
  await designer.waitForSaved();
  return page.url();
}

async function expectIntact(page: Page, server: RunningServer, name: string, diagramUrl: string): Promise<void> {
  const home = new HomePage(page, server.url);
  await home.goto();
  await expect(home.row(name)).toContainText('5 tables');
  const designer = new DesignerPage(page);
  await designer.goto(diagramUrl);
  await expect(designer.diagramName).toHaveValue(name);
  await designer.expectTables(['categories', 'customers', 'order_items', 'orders', 'products']);
}

test('the embedded database keeps diagrams across a server restart', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tablecraft-e2e-restart-'));
  let server: RunningServer | null = null;
  try {
    server = await startNextServer(BASE_PORT + 1, { TABLECRAFT_DATA_DIR: dataDir });
    const url = await createAndCheck(page, server, 'Kept in a folder');
    await server.stop();

    server = await startNextServer(BASE_PORT + 1, { TABLECRAFT_DATA_DIR: dataDir });
    await expectIntact(page, server, 'Kept in a folder', url);
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a PostgreSQL server keeps diagrams across a server restart', async ({ page }) => {
  const admin = new Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
  } catch (error) {
    test.skip(true, `the local PostgreSQL server is not reachable at ${PG_ADMIN_URL}: ${(error as Error).message}`);
    return;
  }
  const database = `tablecraft_e2e_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await admin.query(`CREATE DATABASE ${database}`);
  const env = { DATABASE_URL: `postgres://root@127.0.0.1:5432/${database}` };
  let server: RunningServer | null = null;
  try {
    server = await startNextServer(BASE_PORT + 2, env);
    const url = await createAndCheck(page, server, 'Kept in PostgreSQL');
    await server.stop();

    server = await startNextServer(BASE_PORT + 2, env);
    await expectIntact(page, server, 'Kept in PostgreSQL', url);
  } finally {
    await server?.stop();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
});
