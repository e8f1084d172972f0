import type { Workload } from '../model/workload';
import type { CompatibilityEntry } from './compatibility';
import type { PgBouncerConfig } from './config';
import type { PoolPlan } from './sizing';

/** pgbouncer/README.md of the bundle: the reasoning behind the numbers and what the app has to change. */
export function renderReadme(w: Workload, plan: PoolPlan, config: PgBouncerConfig, report: readonly CompatibilityEntry[]): string {
  const serverless = w.clients.some((c) => c.kind === 'serverless');
  const lines = [
    `# Connection pooling: PgBouncer ${config.version}, ${w.pgbouncer.poolMode} mode`,
    '',
    `Server: ${w.server.cores} cores, max_connections ${w.server.maxConnections}, ${w.server.superuserReservedConnections} superuser-reserved, ${w.server.otherReservedConnections} held by other services.`,
    `Clients: ${w.clients.map((c) => `${c.name} (${c.kind}, ${c.instances} × ${c.poolSize})`).join('; ')}.`,
    '',
    '## Sizing',
    '',
    'PostgreSQL does useful work with about cores × 2 to cores × 4 active connections; more only queue inside the server.',
    'In transaction mode a server connection is busy only during a transaction, so the pool aims at that number and',
    'splits it between databases by client demand. All pools together stay within max_connections minus the reserved connections.',
    '',
    '| step | value | how |',
    '| --- | --- | --- |',
    ...plan.steps.map((s) => `| ${s.name} | ${s.value} | ${s.formula.replace(/\|/g, '\\|')} |`),
    '',
    ...(plan.warnings.length > 0 ? ['**Warnings**', '', ...plan.warnings.map((x) => `- ${x}`), ''] : []),
    '## Compatibility report',
    '',
    ...(report.length === 0 ? ['Nothing in this workload conflicts with the pool mode.', ''] : report.flatMap((e) => [
      `- **${e.severity.toUpperCase()}** \`${e.code}\` — ${e.problem}`,
      `  - What to do: ${e.fix}`,
    ])),
    '',
    '## Files',
    '',
    '- `pgbouncer.ini` — the configuration; every setting has its reason above it.',
    '- `userlist.txt` — SCRAM-SHA-256 secrets (no plain passwords). Install it at the auth_file path, `chmod 600`, owned by the PgBouncer user.',
    w.pgbouncer.auth === 'auth_query'
      ? '- `auth_query.up.sql` / `auth_query.down.sql` — run UP as a superuser on the database PgBouncer authenticates against (the lookup function).'
      : '- Server side: PgBouncer logs in to PostgreSQL with the same secret (SCRAM pass-through). Either the server trusts it, or set the role\'s password to the very same secret: `ALTER ROLE <name> PASSWORD \'<secret from userlist.txt>\'` (PostgreSQL accepts a SCRAM secret as the password and stores it as is).',
    `- \`supavisor-tenant.json\`, \`supavisor.env\` — the same pools for Supavisor${serverless ? ' (a good fit for this serverless workload)' : ''}: PUT each value of the JSON object to \`/api/tenants/<key>\` after filling the \${…} password placeholders.`,
    '',
    '## Apply',
    '',
    '1. Copy `pgbouncer.ini` and `userlist.txt` to the PgBouncer host; start it, or run `RELOAD;` on its admin console.',
    '2. Settings marked as needing a restart (listen_addr, listen_port, unix_socket_dir, …) only take effect after a restart.',
    '3. Point the application at the pooler port and fix every ERROR in the compatibility report first.',
    '',
  ];
  return lines.join('\n');
}
