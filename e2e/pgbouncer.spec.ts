import { expect, test } from '@playwright/test';
import { Workload, type WorkloadInput } from '../lib/model/workload';
import { bundle } from '../lib/pooling/bundle';
import { freePort, liveSkipReason, pgbouncerDir, startPgBouncer, type RunningPgBouncer } from '../tests/pooling/support';

/**
 * The pooling page's "Live PgBouncer" section against a real PgBouncer 1.18
 * started here: connect with the admin URL, read the diff, apply live, see the
 * new value. Run alone with its own build and port:
 * TABLECRAFT_NEXT_DIST_DIR=.next-pgbouncer E2E_PORT=3600 npx playwright test e2e/pgbouncer.spec.ts
 */
const ADMIN = 'tc_e2e_admin';
const ADMIN_PASSWORD = 'e2e-console-Secret-4d2';

let server: RunningPgBouncer | undefined;
let folder: ReturnType<typeof pgbouncerDir> | undefined;
let port = 0;
let skip: string | null = null;

const workload = (perCore: number): WorkloadInput => ({
  server: { cores: 2, maxConnections: 100, activeConnectionsPerCore: perCore },
  clients: [{ name: 'web', kind: 'long-lived', instances: 4, poolSize: 5 }],
  databases: [{ name: 'test' }],
  users: [{ name: 'app' }, { name: ADMIN, role: 'admin' }],
  pgbouncer: { version: '1.18', listenPort: port, authFile: `${folder!.dir}/userlist.txt` },
});

test.beforeAll(async () => {
  skip = await liveSkipReason();
  if (skip) return;
  folder = pgbouncerDir();
  port = await freePort();
  const first = await bundle(Workload.parse(workload(2)), { passwords: new Map([['app', 'a'], [ADMIN, ADMIN_PASSWORD]]) });
  if (!first.ok) throw new Error(JSON.stringify(first.error));
  folder.write('userlist.txt', first.value.files['pgbouncer/userlist.txt']!);
  server = await startPgBouncer(folder.write('pgbouncer.ini', first.value.files['pgbouncer/pgbouncer.ini']!), port);
});

test.afterAll(async () => {
  await server?.stop();
  folder?.remove();
});

test('connect to a running PgBouncer, see the diff, apply the pool size live', async ({ page }) => {
  test.skip(skip !== null, skip ?? '');
  // A diagram whose workload wants twice the pool PgBouncer runs with (2 cores × 4 = 8, live 4).
  const created = await page.request.post('/api/diagrams', { data: { name: `Live pooler ${Date.now()}` } });
  const { diagram } = await created.json() as { diagram: { id: string; revision: number; document: Record<string, unknown> } };
  const saved = await page.request.put(`/api/diagrams/${diagram.id}`, { data: { baseRevision: diagram.revision, document: { ...diagram.document, workload: workload(4) } } });
  expect(saved.status()).toBe(200);

  await page.goto(`/diagrams/${diagram.id}/pooling`);
  const live = page.getByRole('region', { name: 'Live PgBouncer' });
  await live.getByLabel('Admin console URL').fill(`postgres://${ADMIN}:${ADMIN_PASSWORD}@127.0.0.1:${port}/pgbouncer`);
  await live.getByRole('button', { name: 'Connect' }).click();

  await expect(live.getByLabel('Running version')).toContainText('PgBouncer 1.18');
  const row = live.getByRole('row', { name: 'default_pool_size' });
  await expect(row).toContainText('4');
  await expect(row).toContainText('8');
  await expect(row).toContainText('applies live');
  await expect(row.getByRole('checkbox', { name: 'Apply default_pool_size' })).toBeChecked();

  await live.getByRole('button', { name: 'Apply live' }).click();
  const dialog = page.getByRole('dialog', { name: 'Apply to the running PgBouncer?' });
  await expect(dialog).toContainText('default_pool_size: 4 → 8');
  await dialog.getByRole('button', { name: /^Apply \d+ setting/ }).click();

  await expect(live.getByRole('status', { name: 'Apply result' })).toContainText('default_pool_size = 8');
  await expect(live.getByRole('row', { name: 'default_pool_size' })).toHaveCount(0);
  await live.getByText(/^Current settings/).click();
  await expect(live.getByRole('table', { name: 'Live settings' }).getByRole('row').filter({ hasText: /^default_pool_size/ })).toContainText('8');
  await expect(page.locator('body')).not.toContainText(ADMIN_PASSWORD);
});
