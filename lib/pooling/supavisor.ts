import type { Workload } from '../model/workload';
import type { PoolPlan } from './sizing';

/**
 * Supavisor (Supabase's pooler) for serverless deployments. Its tenants API
 * takes `PUT /api/tenants/<external_id>` with `{ "tenant": { … } }`; the field
 * names below are the ones its docs (docs/configuration/tenants.md, users.md)
 * and its own setup example use. One tenant per database. Passwords are not
 * written: each `db_password` is a `${VAR}` placeholder to fill from the
 * environment (e.g. with envsubst) when the request is sent.
 *
 * Nothing here was run against Supavisor: none is available on this machine.
 */
export interface SupavisorUser {
  readonly db_user: string;
  readonly db_password: string;
  readonly pool_size: number;
  readonly mode_type: 'transaction' | 'session';
  readonly is_manager: boolean;
  readonly max_clients: number;
}

export interface SupavisorTenantBody {
  readonly tenant: {
    readonly external_id: string;
    readonly db_host: string;
    readonly db_port: number;
    readonly db_database: string;
    readonly ip_version: 'auto';
    readonly upstream_ssl: boolean;
    readonly enforce_ssl: boolean;
    readonly require_user: boolean;
    readonly default_pool_size: number;
    readonly default_max_clients: number;
    readonly users: readonly SupavisorUser[];
  };
}

/** `app-db` user → `SUPAVISOR_DB_PASSWORD_APP_DB`. */
export function passwordVariable(user: string): string {
  return `SUPAVISOR_DB_PASSWORD_${user.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

export function supavisorTenants(w: Workload, plan: PoolPlan): Record<string, SupavisorTenantBody> {
  // Supavisor has transaction and session pools; statement mode has no counterpart, transaction is the closest.
  const mode = w.pgbouncer.poolMode === 'session' ? 'session' : 'transaction';
  const appUsers = w.users.filter((u) => u.role === 'app');
  const tenants: Record<string, SupavisorTenantBody> = {};
  for (const db of plan.databases) {
    tenants[db.name] = {
      tenant: {
        external_id: db.name,
        db_host: w.server.host,
        db_port: w.server.port,
        db_database: db.serverDatabase,
        ip_version: 'auto',
        // TLS between Supavisor and PostgreSQL, and from clients: turn on for anything beyond one private network.
        upstream_ssl: false,
        enforce_ssl: false,
        // Clients must present credentials that match a user below.
        require_user: true,
        default_pool_size: db.poolSize,
        default_max_clients: plan.maxClientConn,
        users: appUsers.map((u) => ({
          db_user: u.name,
          db_password: `\${${passwordVariable(u.name)}}`,
          pool_size: db.poolSize,
          mode_type: mode,
          is_manager: false,
          max_clients: plan.maxClientConn,
        })),
      },
    };
  }
  return tenants;
}

/** Supavisor's own environment (docs/configuration/env.md); secrets are left empty to be generated. */
export function supavisorEnv(w: Workload): string {
  const lines = [
    '# Supavisor environment written by Tablecraft. Fill the empty secrets before starting it.',
    '# Clients connect to the transaction port for pooled work and to the session port for LISTEN, temp tables and session locks.',
    'PROXY_PORT_TRANSACTION=6543',
    'PROXY_PORT_SESSION=5432',
    '# The metadata database Supavisor keeps its tenants in (not the application database).',
    'DATABASE_URL=',
    '# Generate each with: openssl rand -base64 48',
    'SECRET_KEY_BASE=',
    'VAULT_ENC_KEY=',
    'API_JWT_SECRET=',
    'METRICS_JWT_SECRET=',
    'REGION=local',
    `# Named prepared statements through the transaction pool: ${w.features.preparedStatements ? 'the workload uses them' : 'not needed by this workload'}.`,
    `NAMED_PREPARED_STATEMENTS_ENABLED=${w.features.preparedStatements ? 'true' : 'false'}`,
    '# Passwords for the tenant request (supavisor-tenant.json placeholders); keep them out of version control.',
    ...w.users.filter((u) => u.role === 'app').map((u) => `${passwordVariable(u.name)}=`),
    '',
  ];
  return lines.join('\n');
}
