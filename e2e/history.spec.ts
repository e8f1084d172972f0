import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/DesignerPage';
import { HistoryPage } from './pages/HistoryPage';
import { HomePage } from './pages/HomePage';
import { startNextServer, type RunningServer } from './support/next-server';

/**
 * Version history and review. This spec runs its own `next start` with
 * checkpoints due after every change (TABLECRAFT_CHECKPOINT_MINUTES=0), so a
 * checkpoint appears without waiting ten minutes — and the shared test
 * server, where other specs count versions, keeps the default.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 37;
const TEMPLATE_TABLES = ['categories', 'order_items', 'orders', 'products', 'users'];

let server: RunningServer;
let dataDir: string;

test.describe.configure({ timeout: 240_000 });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dataDir = mkdtempSync(join(tmpdir(), 'tablecraft-e2e-history-'));
  const env = { TABLECRAFT_DATA_DIR: dataDir, TABLECRAFT_CHECKPOINT_MINUTES: '0' };
  server = await startNextServer(PORT, env);
});

test.afterAll(async () => {
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('save a version, edit, see a checkpoint, compare on the canvas and as a migration, open read-only, restore', async ({ page }) => {
  const home = new HomePage(page, server.url);
  await home.goto();
  const designer = await home.createFromTemplate('E-commerce orders', `History review ${Date.now()}`);
  await designer.expectTables(TEMPLATE_TABLES);

  // A named version before the review.
  await page.getByRole('link', { name: 'History', exact: true }).click();
  const history = new HistoryPage(page);
  await history.waitUntilOpen();
  const pinned = await history.saveVersion('Before the review');
  await expect(history.version('Before the review')).toContainText('named');

  // Edits: rename a table, add a column, drop a table.
  await history.designerLink.click();
  await designer.waitUntilOpen();
  await designer.renameTable('users', 'customers');
  await designer.waitForSaved();
  await designer.selectTable('orders');
  await designer.addColumn('phone', 'text');
  await expect(designer.column('orders', 'phone')).toBeVisible();
  await designer.waitForSaved();
  await designer.selectTable('categories');
  await designer.focusCanvasKeepingSelection();
  await page.keyboard.press('Delete');
  await expect(designer.table('categories')).toHaveCount(0);
  await designer.waitForSaved();

  // The saves left automatic checkpoints; "Named only" hides them.
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await history.waitUntilOpen();
  const checkpoints = history.versions.filter({ hasText: 'checkpoint' });
  await expect(checkpoints.first()).toBeVisible();
  await expect(checkpoints.first()).toContainText('Local owner');
  await history.namedOnly.check();
  await expect(checkpoints).toHaveCount(0);
  await expect(history.version('Before the review')).toBeVisible();
  await history.namedOnly.uncheck();

  // Compare the named version with the diagram now: renamed amber, new column green, dropped table a red ghost.
  await history.compareWithCurrent(pinned);
  const canvas = history.comparedCanvas;
  await expect(history.legend).toContainText('Added');
  await expect(history.table(canvas, 'customers')).toHaveAttribute('data-diff', 'changed');
  await expect(history.table(canvas, 'customers')).toHaveClass(/border-amber-500/);
  await expect(history.column(canvas, 'orders', 'phone')).toHaveAttribute('data-diff', 'added');
  await expect(history.column(canvas, 'orders', 'phone')).toHaveClass(/bg-emerald-50/);
  await expect(history.table(canvas, 'categories')).toHaveAttribute('data-diff', 'removed');
  await expect(history.table(canvas, 'categories')).toHaveClass(/border-red-400/);
  await expect(history.table(canvas, 'products')).not.toHaveAttribute('data-diff', /.*/);
  // Every relationship is drawn, the removed ones to the ghost too.
  await expect(canvas.locator('.react-flow__edge')).toHaveCount(5);
  await expect(history.changes.getByRole('listitem', { name: 'Table customers (was users): changed' })).toBeVisible();
  await expect(history.changes).toContainText('phone: added');
  await history.changes.getByRole('button', { name: /categories/ }).click();
  await expect(history.table(canvas, 'categories')).toBeInViewport();

  // The same comparison as a migration.
  await history.tab('As migration').click();
  const up = page.getByRole('region', { name: 'UP migration' });
  await expect(up).toContainText('ALTER TABLE "public"."users" RENAME TO "customers"');
  await expect(up).toContainText('ADD COLUMN "phone" text');
  await expect(up).toContainText('DROP TABLE "public"."categories"');
  await expect(page.getByRole('region', { name: 'DOWN migration' })).toContainText('CREATE TABLE "public"."categories"');
  await page.getByText(/statements to look at/).click();
  await expect(page.getByRole('list', { name: 'Hazards' }).locator('[data-hazard="DELETES_DATA"]').first()).toBeVisible();

  // The old version, read-only: its tables, and no way to edit them.
  const old = await history.open(pinned);
  await expect(history.table(old, 'users')).toBeVisible();
  await expect(history.table(old, 'categories')).toBeVisible();
  await expect(old.locator('.react-flow__edge')).toHaveCount(5);
  await expect(old.getByRole('button', { name: /^Collapse / })).toHaveCount(0);
  await history.table(old, 'users').getByText('users', { exact: true }).dblclick();
  await expect(old.getByRole('textbox', { name: 'Rename table' })).toHaveCount(0);

  // Restore it: the designer shows the old tables again.
  await page.getByRole('button', { name: 'Restore this version…' }).click();
  const confirm = page.getByRole('dialog', { name: `Restore version ${pinned}?` });
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await page.waitForURL(/\/diagrams\/[0-9a-f-]{36}$/);
  const restored = new DesignerPage(page);
  await restored.waitUntilOpen();
  await restored.expectTables(TEMPLATE_TABLES);
  await expect(restored.column('orders', 'phone')).toHaveCount(0);

  // The list shows the restore, and what it replaced is kept.
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await history.waitUntilOpen();
  await expect(history.versions.first()).toContainText(`Restored version ${pinned} “Before the review”`);
  await expect(history.version(`Before restoring version ${pinned}`)).toBeVisible();
});
