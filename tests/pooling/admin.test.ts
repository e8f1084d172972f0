import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workload } from '../../lib/model/workload';
import { bundle } from '../../lib/pooling/bundle';
import { pgbouncerSettings } from '../../lib/pooling/config';
import { diffSettings } from '../../lib/pooling/live-diff';
import { applyLive, readLive, writeAndReload } from '../../lib/server/pgbouncer/admin';
import { freePort, liveSkipReason, pgbouncerDir, startPgBouncer, type RunningPgBouncer } from './support';

/** Drives the admin console of a running PgBouncer: read, diff, SET live, RELOAD a rewritten file. */
const skip = await liveSkipReason();
const ADMIN = 'tc_console_admin';
const ADMIN_PASSWORD = 'console-secret';

describe.skipIf(skip !== null)(skip ? `PgBouncer admin console (skipped: ${skip})` : 'PgBouncer admin console', () => {
  let server: RunningPgBouncer;
  let folder: ReturnType<typeof pgbouncerDir>;
  let port: number;
  let iniPath: string;
  const target = () => ({ host: '127.0.0.1', port, user: ADMIN, password: ADMIN_PASSWORD });
  const workload = (poolSizePerCore: number) => Workload.parse({
    server: { cores: 2, maxConnections: 100, activeConnectionsPerCore: poolSizePerCore },
    clients: [{ name: 'web', kind: 'long-lived', instances: 4, poolSize: 5 }],
    databases: [{ name: 'test' }],
    users: [{ name: 'app' }, { name: ADMIN, role: 'admin' }],
    pgbouncer: { version: '1.18', listenPort: port, authFile: `${folder.dir}/userlist.txt` },
  });
  const generate = async (perCore: number) => {
    const result = await bundle(workload(perCore), { passwords: new Map([['app', 'a'], [ADMIN, ADMIN_PASSWORD]]) });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value;
  };

  beforeAll(async () => {
    folder = pgbouncerDir();
    port = await freePort();
    const first = await generate(2);
    folder.write('userlist.txt', first.files['pgbouncer/userlist.txt']!);
    iniPath = folder.write('pgbouncer.ini', first.files['pgbouncer/pgbouncer.ini']!);
    server = await startPgBouncer(iniPath, port);
  });
  afterAll(async () => {
    await server?.stop();
    folder?.remove();
  });

  it('reads version, config, databases and pools, and never returns the password', async () => {
    const live = await readLive(target());
    if (!live.ok) throw new Error(live.error.message);
    expect(live.value.version).toMatch(/^PgBouncer \d+\.\d+/);
    expect(live.value.config.find((s) => s.key === 'default_pool_size')).toEqual({ key: 'default_pool_size', value: '4', changeable: true });
    expect(live.value.databases.map((d) => d.name)).toContain('test');
    expect(live.value.pools.length).toBeGreaterThan(0);
    expect(JSON.stringify(live.value)).not.toContain(ADMIN_PASSWORD);
  });

  it('applies a changed pool size live with SET and shows it in SHOW CONFIG; listen_port needs a restart', async () => {
    // 2 cores × 4 per core = 8 (was 2 × 2 = 4); see sizing.ts.
    const wanted = { ...pgbouncerSettings((await generate(4)).config), listen_port: String(port + 1) };
    const before = await readLive(target());
    if (!before.ok) throw new Error(before.error.message);
    const changes = diffSettings(wanted, before.value.config);
    expect(changes).toContainEqual({ key: 'default_pool_size', wanted: '8', live: '4', action: 'set' });
    expect(changes).toContainEqual({ key: 'listen_port', wanted: String(port + 1), live: String(port), action: 'restart' });

    const applied = await applyLive(target(), changes);
    if (!applied.ok) throw new Error(applied.error.message);
    expect(applied.value.failed).toEqual([]);
    expect(applied.value.applied).toContainEqual({ key: 'default_pool_size', value: '8' });
    expect(applied.value.needsRestart).toEqual(['listen_port']);

    const after = await readLive(target());
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value.config.find((s) => s.key === 'default_pool_size')!.value).toBe('8');
    expect(diffSettings(wanted, after.value.config).map((c) => c.key)).toEqual(['listen_port']);
  });

  it('RELOAD re-reads a rewritten pgbouncer.ini', async () => {
    const text = (await generate(3)).files['pgbouncer/pgbouncer.ini']!.replace(/^max_client_conn = \d+$/m, 'max_client_conn = 77');
    const reloaded = await writeAndReload(target(), iniPath, text);
    if (!reloaded.ok) throw new Error(reloaded.error.message);
    const live = await readLive(target());
    if (!live.ok) throw new Error(live.error.message);
    expect(live.value.config.find((s) => s.key === 'max_client_conn')!.value).toBe('77');
    expect(live.value.config.find((s) => s.key === 'default_pool_size')!.value).toBe('6');
  });

  it('reports a connection failure without the password', async () => {
    const result = await readLive({ ...target(), password: 'wrong-secret-xyz' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('connect');
    expect(result.error.message).not.toContain('wrong-secret-xyz');
  });
});
