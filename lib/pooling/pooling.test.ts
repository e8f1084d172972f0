import { describe, expect, it } from 'vitest';
import { Workload, type WorkloadInput } from '../model/workload';
import { authQueryMigration } from './auth-query';
import { bundle } from './bundle';
import { compatibilityReport } from './compatibility';
import { parseScramSecret, scramSecret } from './scram';
import { sameValue, diffSettings } from './live-diff';

const base: WorkloadInput = {
  server: { cores: 2, maxConnections: 100 },
  clients: [{ name: 'web', kind: 'long-lived', instances: 2, poolSize: 5 }],
  databases: [{ name: 'app' }],
  users: [{ name: 'app' }],
};
const workload = (extra: Partial<WorkloadInput> = {}) => Workload.parse({ ...base, ...extra });

describe('SCRAM secrets', () => {
  it('are deterministic for a fixed salt and have PostgreSQL\'s shape', async () => {
    const salt = new Uint8Array(16).fill(1);
    const a = await scramSecret('pencil', { salt });
    expect(a).toBe(await scramSecret('pencil', { salt }));
    expect(a).not.toBe(await scramSecret('pencil!', { salt }));
    expect(a).toMatch(/^SCRAM-SHA-256\$4096:AQEBAQEBAQEBAQEBAQEBAQ==\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=$/);
    expect(parseScramSecret(a)).toMatchObject({ iterations: 4096, salt });
  });

  it('use a random salt by default', async () => {
    expect(await scramSecret('x')).not.toBe(await scramSecret('x'));
  });
});

describe('compatibility report', () => {
  const codes = (w: Workload) => compatibilityReport(w).map((e) => `${e.severity}:${e.code}`);
  const all = { sessionSet: true, preparedStatements: true, listenNotify: true, advisoryLocks: true, tempTables: true, withHoldCursors: true };

  it('lists what breaks in transaction mode, with prepared statements gated on the version', () => {
    expect(codes(workload({ features: all, pgbouncer: { version: '1.18' } }))).toEqual([
      'warning:pooling.session-set', 'error:pooling.prepared-statements', 'error:pooling.listen-notify',
      'error:pooling.advisory-locks', 'error:pooling.temp-tables', 'error:pooling.with-hold-cursors',
    ]);
    expect(codes(workload({ features: all, pgbouncer: { version: '1.21' } }))).toContain('info:pooling.prepared-statements');
  });

  it('points session SET at track_extra_parameters only where the version has it', () => {
    const fix = (version: '1.18' | '1.20') => compatibilityReport(workload({ features: { sessionSet: true }, pgbouncer: { version } }))[0]!.fix;
    expect(fix('1.18')).toMatch(/needs PgBouncer 1\.20/);
    expect(fix('1.20')).toMatch(/listed in track_extra_parameters/);
  });

  it('session mode has nothing to break but says what it costs', () => {
    expect(codes(workload({ features: all, pgbouncer: { poolMode: 'session' } }))).toEqual(['info:pooling.session-mode']);
  });
});

describe('bundle', () => {
  it('writes the five files, and refuses to go on without every password', async () => {
    const missing = await bundle(workload(), { passwords: new Map() });
    expect(missing.ok).toBe(false);
    const made = await bundle(workload(), { passwords: new Map([['app', 'pw']]), salt: new Uint8Array(16) });
    if (!made.ok) throw new Error('bundle failed');
    expect(Object.keys(made.value.files).sort()).toEqual([
      'pgbouncer/README.md', 'pgbouncer/pgbouncer.ini', 'pgbouncer/supavisor-tenant.json', 'pgbouncer/supavisor.env', 'pgbouncer/userlist.txt',
    ]);
    expect(Object.values(made.value.files).join('\n')).not.toContain('"pw"');
    const tenant = JSON.parse(made.value.files['pgbouncer/supavisor-tenant.json']!).app.tenant;
    expect(tenant).toMatchObject({ db_database: 'app', default_pool_size: 6, require_user: true });
    expect(tenant.users[0]).toMatchObject({ db_user: 'app', db_password: '${SUPAVISOR_DB_PASSWORD_APP}', mode_type: 'transaction' });
  });

  it('with auth_query, emits the migration and needs only the auth user\'s password', async () => {
    const made = await bundle(workload({ pgbouncer: { auth: 'auth_query', authUser: 'pgb' } }), { passwords: new Map([['pgb', 'x']]) });
    if (!made.ok) throw new Error(JSON.stringify(made.error));
    expect(made.value.files['pgbouncer/auth_query.up.sql']).toContain('SECURITY DEFINER');
    expect(made.value.files['pgbouncer/pgbouncer.ini']).toMatch(/^auth_query = SELECT username, password FROM pgbouncer\.get_auth\(\$1\)$/m);
  });
});

describe('auth_query migration', () => {
  it('quotes the role, locks search_path and revokes from PUBLIC', () => {
    const { up, down } = authQueryMigration('pg"bouncer');
    expect(up).toContain('SET search_path = pg_catalog, pg_temp');
    expect(up).toContain('REVOKE ALL ON FUNCTION "pgbouncer"."get_auth"(text) FROM PUBLIC;');
    expect(up).toContain('GRANT EXECUTE ON FUNCTION "pgbouncer"."get_auth"(text) TO "pg""bouncer";');
    expect(down).toBe('DROP FUNCTION "pgbouncer"."get_auth"(text);\nDROP SCHEMA "pgbouncer";\n');
  });
});

describe('live diff', () => {
  it('compares the way PgBouncer prints values and classifies each change', () => {
    expect(sameValue('admin, ops', 'admin,ops')).toBe(true);
    expect(sameValue('600', '600.0')).toBe(true);
    expect(diffSettings({ default_pool_size: '8', listen_port: '7000', max_prepared_statements: '200', pool_mode: 'transaction' }, [
      { key: 'default_pool_size', value: '20', changeable: true },
      { key: 'listen_port', value: '6432', changeable: false },
      { key: 'pool_mode', value: 'transaction', changeable: true },
    ])).toEqual([
      { key: 'default_pool_size', wanted: '8', live: '20', action: 'set' },
      { key: 'listen_port', wanted: '7000', live: '6432', action: 'restart' },
      { key: 'max_prepared_statements', wanted: '200', live: null, action: 'unsupported' },
    ]);
  });
});
