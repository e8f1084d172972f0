import { describe, expect, it } from 'vitest';
import { PGBOUNCER_VERSIONS, Workload, type WorkloadInput } from '../model/workload';
import { buildConfig, emittedKeys } from './config';
import { connectionStringKeys, parseIni, renderIni } from './ini';
import { planPools } from './sizing';
import { isKnownSetting, knownSettings, type Section } from './versions';

const VARIANTS: Partial<WorkloadInput>[] = [
  {},
  { features: { preparedStatements: true, listenNotify: true, sessionSet: true, advisoryLocks: true, tempTables: true, withHoldCursors: true } },
  { pgbouncer: { auth: 'auth_query' }, users: [{ name: 'app' }, { name: 'ops', role: 'admin' }, { name: 'mon', role: 'stats' }, { name: 'worker', poolMode: 'session' }] },
  { pgbouncer: { poolMode: 'session' }, clients: [{ name: 'f', kind: 'serverless', instances: 300 }] },
];

function generate(version: (typeof PGBOUNCER_VERSIONS)[number], variant: Partial<WorkloadInput>) {
  const w = Workload.parse({
    server: { cores: 4, maxConnections: 200 },
    clients: [{ name: 'web', kind: 'long-lived', instances: 4, poolSize: 10 }],
    databases: [{ name: 'app' }],
    users: [{ name: 'app' }],
    ...variant,
    pgbouncer: { ...variant.pgbouncer, version },
  });
  const plan = planPools(w);
  if (!plan.ok) throw new Error('plan failed');
  const config = buildConfig(w, plan.value);
  return { config, ini: renderIni(config, plan.value) };
}

describe('version gate', () => {
  for (const version of PGBOUNCER_VERSIONS) {
    it(`emits only settings PgBouncer ${version} knows, in the structure and in the rendered file`, () => {
      for (const variant of VARIANTS) {
        const { config, ini } = generate(version, variant);
        for (const { section, key } of emittedKeys(config)) expect(isKnownSetting(version, section, key), `${section}/${key}`).toBe(true);
        const parsed = parseIni(ini);
        expect(Object.keys(parsed).every((s) => ['databases', 'pgbouncer', 'users'].includes(s))).toBe(true);
        for (const key of Object.keys(parsed.pgbouncer ?? {})) expect(isKnownSetting(version, 'pgbouncer', key), key).toBe(true);
        for (const section of ['databases', 'users'] as Section[]) {
          for (const value of Object.values(parsed[section] ?? {})) {
            for (const key of connectionStringKeys(value)) expect(isKnownSetting(version, section, key), `${section}/${key}`).toBe(true);
          }
        }
      }
    });
  }

  it('max_prepared_statements appears from 1.21 on, only when the app prepares statements', () => {
    const prepared = VARIANTS[1]!;
    expect(generate('1.18', prepared).ini).not.toMatch(/max_prepared_statements/);
    expect(generate('1.20', prepared).ini).not.toMatch(/max_prepared_statements/);
    expect(generate('1.21', prepared).ini).toMatch(/^max_prepared_statements = 200$/m);
    expect(generate('1.25', {}).ini).not.toMatch(/max_prepared_statements/);
  });

  it('auth_dbname from 1.19, max_db_client_connections from 1.24', () => {
    const authQuery = VARIANTS[2]!;
    expect(generate('1.18', authQuery).ini).not.toMatch(/auth_dbname/);
    expect(generate('1.19', authQuery).ini).toMatch(/^auth_dbname = app$/m);
    expect(generate('1.23', {}).ini).not.toMatch(/max_db_client_connections/);
    expect(generate('1.24', {}).ini).toMatch(/max_db_client_connections=/);
  });

  it('each newer version knows every key of the older ones (nothing removed 1.18 → 1.25)', () => {
    for (let i = 1; i < PGBOUNCER_VERSIONS.length; i++) {
      const older = knownSettings(PGBOUNCER_VERSIONS[i - 1]!, 'pgbouncer');
      const newer = new Set(knownSettings(PGBOUNCER_VERSIONS[i]!, 'pgbouncer'));
      expect(older.filter((k) => !newer.has(k))).toEqual([]);
    }
    expect(isKnownSetting('1.18', 'pgbouncer', 'no_such_setting')).toBe(false);
    expect(isKnownSetting('1.24', 'pgbouncer', 'scram_iterations')).toBe(false);
    expect(isKnownSetting('1.25', 'pgbouncer', 'scram_iterations')).toBe(true);
  });
});
