import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { HomePage } from './pages/HomePage';
import { MigrationsPage } from './pages/MigrationsPage';

test('plan, pin a version, rename a table, see the RENAME, download the bundle', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const designer = await home.createFromTemplate('E-commerce orders', `Shop migrations ${Date.now()}`);

  await page.getByRole('link', { name: 'Migrations', exact: true }).click();
  const migrations = new MigrationsPage(page);
  await migrations.waitForPlan();
  // Empty database → current: the whole schema, each statement explained, with its lock and any hazard.
  await expect(migrations.summary).toContainText('for PostgreSQL 17 (zero-downtime plan)');
  await expect(migrations.migration(/001_create_/)).toBeVisible();
  await expect(page.getByText(/CREATE TABLE "public"\."users"/).first()).toBeVisible();
  await expect(page.locator('[data-token="keyword"]').first()).toBeVisible();

  const pinned = await migrations.saveVersion();

  await migrations.designerLink.click();
  await designer.waitUntilOpen();
  await designer.renameTable('users', 'customers');
  await designer.waitForSaved();

  await page.getByRole('link', { name: 'Migrations', exact: true }).click();
  await migrations.waitForPlan();
  await migrations.pick(new RegExp(`^v${pinned} — `), 'current');
  const rename = page.getByRole('listitem').filter({ hasText: 'RENAME TO "customers"' }).first();
  await expect(rename).toBeVisible();
  // The rename takes an exclusive lock; a view under the old name keeps old clients working until the contract step.
  await expect(rename.locator('[data-hazard="ACQUIRES_ACCESS_EXCLUSIVE_LOCK"]')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'CREATE VIEW "public"."users"' }).first()).toBeVisible();
  await expect(rename.getByRole('list', { name: 'Lint findings' })).toContainText('TC009');
  await expect(page.getByText(/DROP TABLE/)).toHaveCount(0);

  const [download] = await Promise.all([page.waitForEvent('download'), migrations.downloadLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^shop_migrations_\d+-bundle\.zip$/);
  const file = await download.path();
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
  const manifest = JSON.parse(execFileSync('unzip', ['-p', file, 'migrations/manifest.json'], { encoding: 'utf8' })) as { migrations: { up: string }[] };
  expect(manifest.migrations[0]!.up).toMatch(/^001_update_shop_migrations_\d+\.up\.sql$/);
});
