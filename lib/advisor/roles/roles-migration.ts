import { hasFeature } from '../../ddl/features';
import type { DiagramDocument } from '../../model/document';
import { ident, qualified } from '../../sql/quote';

export interface RolesOptions {
  readonly appRole: string;
  readonly readonlyRole: string;
  readonly migratorRole: string;
  readonly maintenanceRole: string;
  /** Default: the document's target. */
  readonly targetVersion?: number;
  /** PostgreSQL 17+: `per-table` grants MAINTAIN on the app's tables; `pg_maintain` grants the predefined role (every table of the cluster). */
  readonly maintain?: 'per-table' | 'pg_maintain';
}

export interface RolesMigration {
  readonly up: string;
  readonly down: string;
  readonly explanation: string[];
}

/**
 * Least-privilege group roles for the diagram's tables: NOLOGIN groups that
 * login users join (`GRANT app TO alice`). The migrator owns the tables, the app
 * may read and write rows, the read-only role may read, and the maintenance role
 * may VACUUM/ANALYZE/REINDEX — through MAINTAIN on PostgreSQL 17+, through
 * membership in the owner role before that. `ALTER DEFAULT PRIVILEGES` extends the
 * same grants to tables the migrator creates later.
 */
export function rolesMigration(doc: DiagramDocument, options: RolesOptions): RolesMigration {
  const version = options.targetVersion ?? doc.target.postgresVersion;
  const maintain = hasFeature(version, 'maintainPrivilege');
  const [app, ro, owner, maint] = [options.appRole, options.readonlyRole, options.migratorRole, options.maintenanceRole].map(ident) as [string, string, string, string];
  const schemaName = new Map(doc.schemas.map((s) => [s.id, s.name]));
  const schemas = [...new Set(doc.tables.map((t) => schemaName.get(t.schemaId)!))].sort();
  const tables = doc.tables.map((t) => qualified(schemaName.get(t.schemaId)!, t.name));
  const partitions = doc.tables.flatMap((t) => (t.partitioning?.partitions ?? []).map((p) => qualified(schemaName.get(t.schemaId)!, p.name)));
  const tableList = tables.join(', ');
  const explanation: string[] = [
    `${options.migratorRole} owns the tables and runs migrations; ${options.appRole} reads and writes rows (SELECT, INSERT, UPDATE, DELETE, and USAGE on sequences); ${options.readonlyRole} only reads.`,
    'All four are NOLOGIN group roles: create login users and add them, e.g. CREATE ROLE api_user LOGIN PASSWORD … IN ROLE app.',
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${options.migratorRole} gives the same rights on tables and sequences the migrator creates later.`,
  ];
  const up: string[] = [
    ...[owner, app, ro, maint].map((r) => `CREATE ROLE ${r} NOLOGIN;`),
    ...schemas.flatMap((s) => [`GRANT USAGE, CREATE ON SCHEMA ${ident(s)} TO ${owner};`, `GRANT USAGE ON SCHEMA ${ident(s)} TO ${app}, ${ro}, ${maint};`]),
    // Partitions are tables of their own: ownership does not cascade from the parent.
    ...[...tables, ...partitions].map((t) => `ALTER TABLE ${t} OWNER TO ${owner};`),
  ];
  if (tables.length > 0) {
    up.push(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${tableList} TO ${app};`, `GRANT SELECT ON ${tableList} TO ${ro};`);
  }
  for (const s of schemas) {
    up.push(
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${ident(s)} TO ${app};`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${ident(s)} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app};`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${ident(s)} GRANT USAGE, SELECT ON SEQUENCES TO ${app};`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${ident(s)} GRANT SELECT ON TABLES TO ${ro};`,
    );
  }
  if (maintain && (options.maintain ?? 'per-table') === 'per-table') {
    if (tables.length > 0) up.push(`GRANT MAINTAIN ON ${tableList} TO ${maint};`);
    for (const s of schemas) up.push(`ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${ident(s)} GRANT MAINTAIN ON TABLES TO ${maint};`);
    explanation.push(`PostgreSQL ${version} has the MAINTAIN privilege: ${options.maintenanceRole} may VACUUM, ANALYZE, REINDEX, CLUSTER, REFRESH MATERIALIZED VIEW and LOCK these tables, and nothing else. (pg_maintain would grant it on every table of the cluster.)`);
  } else if (maintain) {
    up.push(`GRANT pg_maintain TO ${maint};`);
    explanation.push(`PostgreSQL ${version}: ${options.maintenanceRole} joins pg_maintain, which grants MAINTAIN on every table in every database of the cluster.`);
  } else {
    up.push(`GRANT ${owner} TO ${maint};`);
    explanation.push(`PostgreSQL ${version} has no MAINTAIN privilege (it arrived in 17): VACUUM, ANALYZE and REINDEX need the table owner, so ${options.maintenanceRole} is made a member of ${options.migratorRole}. That also lets it change the schema — run maintenance from a trusted job, or raise the target to 17+ for the narrow privilege.`);
  }
  const roles = [maint, ro, app, owner];
  const down: string[] = [
    // Give the tables back to whoever runs the DOWN, then drop every grant and default privilege the roles hold here.
    `REASSIGN OWNED BY ${owner} TO CURRENT_USER;`,
    `DROP OWNED BY ${roles.join(', ')};`,
    ...roles.map((r) => `DROP ROLE ${r};`),
  ];
  explanation.push('Roles are cluster-wide: the DOWN drops them, so run it only when no other database uses them (DROP ROLE fails if one does).');
  return { up: up.join('\n'), down: down.join('\n'), explanation };
}
