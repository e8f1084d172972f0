import type { ClientBase } from 'pg';
import type { RunAnalysis } from './analysis';

export interface ServerFacts {
  readonly versionNum: number;
  readonly version: string;
  readonly database: string;
  readonly user: string;
}

export async function serverFacts(client: ClientBase): Promise<ServerFacts> {
  const r = await client.query<{ num: string; version: string; database: string; user: string }>(
    `SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS version, current_database() AS database, current_user AS user`);
  const row = r.rows[0]!;
  return { versionNum: Number(row.num), version: row.version, database: row.database, user: row.user };
}

/**
 * Everything that would make the run fail half-way, checked before anything
 * changes: features the server version lacks, extensions it neither has nor
 * can install, and missing CREATE privileges. Each reason says what to do.
 */
export async function capabilityProblems(client: ClientBase, facts: ServerFacts, analysis: RunAnalysis, needsHistorySchema: boolean): Promise<string[]> {
  const problems: string[] = [];
  const major = Math.floor(facts.versionNum / 10000);
  for (const f of analysis.features) {
    if (major < f.version) problems.push(`${f.file} uses a feature of PostgreSQL ${f.version} (${f.feature}), but the server runs PostgreSQL ${facts.version}: upgrade the server or export the bundle for PostgreSQL ${major}`);
  }
  if (analysis.extensions.length > 0) {
    const rows = await client.query<{ name: string; installed: boolean; available: boolean }>(
      `SELECT n.name, EXISTS (SELECT 1 FROM pg_extension e WHERE e.extname = n.name) AS installed,
              EXISTS (SELECT 1 FROM pg_available_extensions a WHERE a.name = n.name) AS available
       FROM unnest($1::text[]) AS n(name)`, [analysis.extensions]);
    for (const row of rows.rows.filter((r) => !r.installed && !r.available)) {
      const hint = row.name === 'vector' ? `install pgvector on the database server (e.g. the package postgresql-${major}-pgvector) so that CREATE EXTENSION vector works` : `install the "${row.name}" extension's package on the database server`;
      problems.push(`the bundle needs the extension "${row.name}", which this server (PostgreSQL ${facts.version}) does not have: ${hint}`);
    }
  }
  const privileges = await client.query<{ superuser: boolean; create_db: boolean }>(
    `SELECT rolsuper AS superuser, has_database_privilege(current_database(), 'CREATE') AS create_db FROM pg_roles WHERE rolname = current_user`);
  const p = privileges.rows[0];
  if (p && !p.superuser) {
    if ((analysis.createsSchemas || needsHistorySchema) && !p.create_db) {
      problems.push(`user "${facts.user}" may not create schemas in database "${facts.database}" (${needsHistorySchema ? 'the history schema' : 'the bundle creates schemas'}): GRANT CREATE ON DATABASE ${facts.database} TO ${facts.user}`);
    }
    const schemas = analysis.schemas.length > 0 ? analysis.schemas : ['public'];
    const denied = await client.query<{ name: string }>(
      `SELECT n.nspname AS name FROM pg_namespace n WHERE n.nspname = ANY($1::text[]) AND NOT has_schema_privilege(n.oid, 'CREATE')`, [schemas]);
    for (const row of denied.rows) problems.push(`user "${facts.user}" may not create objects in schema "${row.name}": GRANT CREATE ON SCHEMA ${row.name} TO ${facts.user}`);
  }
  return problems;
}
