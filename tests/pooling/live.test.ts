import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../../lib/pooling/bundle';
import { emittedKeys } from '../../lib/pooling/config';
import { parseScramSecret, scramSecret } from '../../lib/pooling/scram';
import { isKnownSetting, knownSettings, settingInfo } from '../../lib/pooling/versions';
import { readLive } from '../../lib/server/pgbouncer/admin';
import { freePort, liveSkipReason, onServer, pgbouncerDir, runUntilExit, startPgBouncer, type RunningPgBouncer } from './support';
import { SHAPES, workloadFor } from './workloads';

/**
 * The real PgBouncer 1.18 (Debian's) started with generated configurations, in
 * front of the local PostgreSQL 15, with client authentication against the
 * generated SCRAM secrets. pg_hba on this server trusts 127.0.0.1, so the
 * server side is trivial; the client → PgBouncer side is what is tested.
 */
const skip = await liveSkipReason();
const suffix = `${process.pid}_${Date.now() % 100000}`;
const DB = `tc_pool_${suffix}`;
const USER = `tc_pool_app_${suffix}`;
const ADMIN = `tc_pool_admin_${suffix}`;
const PASSWORD = 'correct horse battery staple';
const ADMIN_PASSWORD = 'admin-pass';
const passwords = new Map([[USER, PASSWORD], [ADMIN, ADMIN_PASSWORD]]);
const running: RunningPgBouncer[] = [];
const folders: { remove(): void }[] = [];

async function boot(shape: keyof typeof SHAPES, version: '1.18' | '1.21' = '1.18') {
  const folder = pgbouncerDir();
  folders.push(folder);
  const port = await freePort();
  const workload = workloadFor(SHAPES[shape]!, { db: DB, user: USER, admin: ADMIN, port, authFile: `${folder.dir}/userlist.txt` }, version);
  const result = await bundle(workload, { passwords });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  folder.write('userlist.txt', result.value.files['pgbouncer/userlist.txt']!);
  const ini = folder.write('pgbouncer.ini', result.value.files['pgbouncer/pgbouncer.ini']!);
  return { port, ini, workload, result: result.value };
}

async function start(shape: keyof typeof SHAPES) {
  const booted = await boot(shape);
  const server = await startPgBouncer(booted.ini, booted.port);
  running.push(server);
  return { ...booted, server };
}

const client = (port: number, options: { user?: string; password?: string; database?: string } = {}) => new pg.Client({
  host: '127.0.0.1', port, user: options.user ?? USER, password: options.password ?? PASSWORD, database: options.database ?? DB,
  connectionTimeoutMillis: 5000,
});

describe.skipIf(skip !== null)(skip ? `PgBouncer live (skipped: ${skip})` : 'PgBouncer 1.18 live', () => {
  beforeAll(async () => {
    await onServer(`CREATE DATABASE ${DB}`);
    await onServer(`SET password_encryption = 'scram-sha-256'; CREATE ROLE ${USER} LOGIN PASSWORD '${PASSWORD}'; CREATE ROLE ${ADMIN} LOGIN PASSWORD '${ADMIN_PASSWORD}'`);
    await onServer(`GRANT ALL ON SCHEMA public TO ${USER}`, DB);
  });

  afterAll(async () => {
    for (const server of running) await server.stop();
    for (const folder of folders) folder.remove();
    if (skip) return;
    await onServer(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
    await onServer(`DROP ROLE IF EXISTS ${USER}; DROP ROLE IF EXISTS ${ADMIN}`);
  });

  it('computes the SCRAM secret PostgreSQL stores for the same password and salt', async () => {
    const [row] = await onServer<{ rolpassword: string }>(`SELECT rolpassword FROM pg_authid WHERE rolname = '${USER}'`);
    const stored = parseScramSecret(row!.rolpassword)!;
    expect(stored).not.toBeNull();
    expect(await scramSecret(PASSWORD, { salt: stored.salt, iterations: stored.iterations })).toBe(row!.rolpassword);
  });

  it('PostgreSQL accepts a generated secret as a role password and keeps it verbatim', async () => {
    const secret = await scramSecret('another password', { salt: new Uint8Array(16).fill(7) });
    const role = `tc_pool_verbatim_${suffix}`;
    await onServer(`CREATE ROLE ${role} PASSWORD '${secret}'`);
    const [row] = await onServer<{ rolpassword: string }>(`SELECT rolpassword FROM pg_authid WHERE rolname = '${role}'`);
    await onServer(`DROP ROLE ${role}`);
    expect(row!.rolpassword).toBe(secret);
  });

  for (const shape of Object.keys(SHAPES) as (keyof typeof SHAPES)[]) {
    it(`${shape}: boots with the generated 1.18 config and routes queries`, async () => {
      const { port, result, workload } = await start(shape);
      for (const { section, key } of emittedKeys(result.config)) expect(isKnownSetting('1.18', section, key), `${section}/${key}`).toBe(true);

      const app = client(port);
      await app.connect();
      const [row] = (await app.query('SELECT current_user AS who, current_database() AS db')).rows;
      expect(row).toEqual({ who: USER, db: DB });
      await app.query('BEGIN');
      await app.query('CREATE TEMP TABLE t (x int) ON COMMIT DROP');
      await app.query('INSERT INTO t VALUES (1), (2)');
      expect((await app.query('SELECT sum(x)::int AS s FROM t')).rows[0]).toEqual({ s: 3 });
      await app.query('COMMIT');
      await app.end();

      // The admin console shows the pool the arithmetic chose.
      const live = await readLive({ host: '127.0.0.1', port, user: ADMIN, password: ADMIN_PASSWORD });
      if (!live.ok) throw new Error(live.error.message);
      expect(live.value.version).toMatch(/^PgBouncer 1\.18/);
      const line = live.value.databases.find((d) => d.name === DB)!;
      expect(Number(line.pool_size)).toBe(result.plan.databases[0]!.poolSize);
      expect(Number(line.max_connections)).toBe(result.plan.databases[0]!.maxDbConnections);
      const mode = live.value.config.find((s) => s.key === 'pool_mode')!.value;
      expect(mode).toBe(workload.pgbouncer.poolMode);
    });
  }

  it('refuses a wrong password and an unknown user', async () => {
    const { port } = await start('small app');
    await expect((async () => { const c = client(port, { password: 'wrong' }); try { await c.connect(); } finally { await c.end().catch(() => {}); } })())
      .rejects.toThrow(/SASL authentication failed|password authentication failed/);
    await expect((async () => { const c = client(port, { user: 'nobody_here' }); try { await c.connect(); } finally { await c.end().catch(() => {}); } })())
      .rejects.toThrow(/SASL authentication failed|password authentication failed/);
  });

  it('LISTEN works through the session alias while NOTIFY goes through the transaction pool', async () => {
    const { port } = await start('LISTEN/NOTIFY');
    const listener = client(port, { database: `${DB}_session` });
    await listener.connect();
    const received = new Promise<string | undefined>((resolve) => listener.on('notification', (n) => resolve(n.payload)));
    await listener.query('LISTEN tc_channel');
    const sender = client(port);
    await sender.connect();
    await sender.query("SELECT pg_notify('tc_channel', 'hello')");
    expect(await received).toBe('hello');
    await sender.end();
    await listener.end();
  });

  it('SHOW CONFIG of the installed 1.18 lists exactly the keys the version map gives 1.18', async () => {
    const { port } = await start('small app');
    const live = await readLive({ host: '127.0.0.1', port, user: ADMIN, password: ADMIN_PASSWORD });
    if (!live.ok) throw new Error(live.error.message);
    expect(live.value.config.map((s) => s.key).sort()).toEqual(knownSettings('1.18', 'pgbouncer'));
    const restartOnly = live.value.config.filter((s) => !s.changeable).map((s) => s.key).sort();
    expect(restartOnly).toEqual(knownSettings('1.18', 'pgbouncer').filter((k) => settingInfo('pgbouncer', k)!.apply === 'restart'));
  });

  it('auth_query: the migration\'s SECURITY DEFINER function lets PgBouncer look secrets up on the server', async () => {
    const authUser = `tc_pool_auth_${suffix}`;
    await onServer(`SET password_encryption = 'scram-sha-256'; CREATE ROLE ${authUser} LOGIN PASSWORD 'auth-pass'`);
    const folder = pgbouncerDir();
    folders.push(folder);
    const port = await freePort();
    const workload = workloadFor({ ...SHAPES['small app']!, pgbouncer: { auth: 'auth_query', authUser } },
      { db: DB, user: USER, admin: ADMIN, port, authFile: `${folder.dir}/userlist.txt` }, '1.18');
    const made = await bundle(workload, { passwords: new Map([[authUser, 'auth-pass'], [ADMIN, ADMIN_PASSWORD]]) });
    if (!made.ok) throw new Error(JSON.stringify(made.error));
    expect(made.value.files['pgbouncer/userlist.txt']).not.toContain(`"${USER}"`);
    await onServer(made.value.migration!.up, DB);
    try {
      folder.write('userlist.txt', made.value.files['pgbouncer/userlist.txt']!);
      const server = await startPgBouncer(folder.write('pgbouncer.ini', made.value.files['pgbouncer/pgbouncer.ini']!), port);
      running.push(server);
      const app = client(port);
      await app.connect();
      expect((await app.query('SELECT current_user AS who')).rows[0]).toEqual({ who: USER });
      await app.end();
      const wrong = client(port, { password: 'nope' });
      await expect(wrong.connect()).rejects.toThrow(/SASL authentication failed|password authentication failed/);
      await wrong.end().catch(() => {});
      await server.stop();
    } finally {
      await onServer(made.value.migration!.down, DB);
      await onServer(`DROP ROLE ${authUser}`);
    }
    expect(await onServer(`SELECT 1 FROM pg_namespace WHERE nspname = 'pgbouncer'`, DB)).toEqual([]);
  });

  it('refuses a config generated for 1.21 (max_prepared_statements): the version gate matters', async () => {
    const { ini, result } = await boot('serverless burst', '1.21');
    expect(result.files['pgbouncer/pgbouncer.ini']).toMatch(/^max_prepared_statements = 200$/m);
    const { code, output } = await runUntilExit(ini);
    expect(code).not.toBe(0);
    expect(output).toContain('unknown parameter: pgbouncer/max_prepared_statements');
    expect(output).toContain('cannot load config file');
  });
});
