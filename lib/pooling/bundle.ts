import { err, ok, type Result } from '../result';
import type { Workload } from '../model/workload';
import { authQueryMigration, type AuthQueryMigration } from './auth-query';
import { compatibilityReport, type CompatibilityEntry } from './compatibility';
import { buildConfig, type PgBouncerConfig } from './config';
import { renderIni } from './ini';
import { renderReadme } from './readme';
import type { ScramOptions } from './scram';
import { planPools, type PoolPlan, type SizingProblem } from './sizing';
import { supavisorEnv, supavisorTenants } from './supavisor';
import { renderUserlist, userSecrets } from './userlist';

export type PoolingProblem = SizingProblem;

export interface BundleOptions extends ScramOptions {
  /** Plain passwords by user name; used to derive SCRAM secrets and then dropped. */
  readonly passwords: ReadonlyMap<string, string>;
}

export interface PoolingBundle {
  /** Path (under the bundle root) → file text. */
  readonly files: Readonly<Record<string, string>>;
  readonly plan: PoolPlan;
  readonly config: PgBouncerConfig;
  readonly report: readonly CompatibilityEntry[];
  readonly migration: AuthQueryMigration | null;
}

/** Users whose secret must be in auth_file: everyone with userlist auth; with auth_query the auth user and the console users. */
export function usersNeedingPasswords(w: Workload): string[] {
  if (w.pgbouncer.auth === 'userlist') return w.users.map((u) => u.name);
  const console = w.users.filter((u) => u.role !== 'app').map((u) => u.name);
  return [w.pgbouncer.authUser, ...console.filter((name) => name !== w.pgbouncer.authUser)];
}

/** Every file of the pooling bundle, or the problems that stop it (budget too small, missing passwords). */
export async function bundle(w: Workload, options: BundleOptions): Promise<Result<PoolingBundle, PoolingProblem[]>> {
  const planned = planPools(w);
  if (!planned.ok) return planned;
  const plan = planned.value;
  const needed = usersNeedingPasswords(w);
  const missing = needed.filter((name) => !options.passwords.has(name));
  if (missing.length > 0) {
    return err(missing.map((name) => ({ path: `passwords.${name}`, message: `no password given for user "${name}"` })));
  }
  const config = buildConfig(w, plan);
  const report = compatibilityReport(w);
  const secrets = await userSecrets(new Map(needed.map((name) => [name, options.passwords.get(name)!])), options);
  const migration = w.pgbouncer.auth === 'auth_query' ? authQueryMigration(w.pgbouncer.authUser) : null;
  const files: Record<string, string> = {
    'pgbouncer/pgbouncer.ini': renderIni(config, plan),
    'pgbouncer/userlist.txt': renderUserlist(secrets),
    'pgbouncer/README.md': renderReadme(w, plan, config, report),
    'pgbouncer/supavisor-tenant.json': `${JSON.stringify(supavisorTenants(w, plan), null, 2)}\n`,
    'pgbouncer/supavisor.env': supavisorEnv(w),
  };
  if (migration) {
    files['pgbouncer/auth_query.up.sql'] = migration.up;
    files['pgbouncer/auth_query.down.sql'] = migration.down;
  }
  return ok({ files, plan, config, report, migration });
}
