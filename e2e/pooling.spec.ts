import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { HomePage } from './pages/HomePage';
import { PoolingPage } from './pages/PoolingPage';

test('size a pool from the workload, read the arithmetic, download pgbouncer.ini', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.createFromTemplate('E-commerce orders', `Shop pooling ${Date.now()}`);
  await page.getByRole('link', { name: 'Pooling', exact: true }).click();

  const pooling = new PoolingPage(page);
  await pooling.waitUntilOpen();
  await pooling.fill('Server cores', 8);
  await pooling.fill('max_connections', 300);
  await pooling.form.getByRole('group', { name: 'Client group 1' }).getByLabel('Instances').fill('6');
  await pooling.form.getByLabel('Named prepared statements').check();
  await pooling.form.getByLabel('Password for app').fill('s3cret-for-e2e');

  // 8 cores × 3 active connections per core = a CPU target of 24, the pool for the one database.
  await expect(pooling.sizing.getByRole('row', { name: /^CPU target / })).toContainText('24');
  await expect(pooling.defaultPoolSize()).toHaveText('24');
  await expect(pooling.compatibility).toContainText('prepared');

  const userlist = await pooling.openFile('userlist.txt');
  await expect(userlist).toContainText('"app" "SCRAM-SHA-256$4096:');
  await expect(userlist).not.toContainText('s3cret-for-e2e');

  const ini = await pooling.openFile('pgbouncer.ini');
  await expect(ini).toContainText('default_pool_size = 24');
  const [download] = await Promise.all([page.waitForEvent('download'), ini.getByRole('button', { name: 'Download pgbouncer.ini' }).click()]);
  expect(download.suggestedFilename()).toBe('pgbouncer.ini');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toContain('[pgbouncer]');
  expect(text).toMatch(/^default_pool_size = 24$/m);
  expect(text).toMatch(/^max_prepared_statements = \d+$/m);

  await page.getByRole('button', { name: 'Save workload' }).click();
  await expect(page.getByRole('status', { name: 'Save result' })).toContainText('Workload saved with the diagram');
  await page.reload();
  await pooling.waitUntilOpen();
  await expect(pooling.field('Server cores')).toHaveValue('8');
});
