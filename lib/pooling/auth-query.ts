import { ident } from '../sql/quote';

/**
 * The auth_query set-up: instead of copying secrets into auth_file, PgBouncer
 * connects as a low-privilege role and asks the server for a user's secret
 * through a SECURITY DEFINER function. Only the function's owner (a superuser,
 * who runs the migration) can read pg_authid; the auth role may only call it.
 *
 * - `SET search_path = pg_catalog, pg_temp` keeps a caller from shadowing
 *   catalog names inside the definer's privileges.
 * - An expired password (VALID UNTIL in the past) yields NULL, as PgBouncer's
 *   own default query does since CVE-2025-2291.
 * - Superusers and roles that cannot log in are never returned, so the pooler
 *   cannot be used to log in as a superuser with a leaked secret.
 */
export const AUTH_SCHEMA = 'pgbouncer';
export const AUTH_FUNCTION = 'get_auth';

export interface AuthQueryMigration {
  readonly up: string;
  readonly down: string;
}

export function authQueryMigration(authUser: string): AuthQueryMigration {
  const schema = ident(AUTH_SCHEMA);
  const fn = `${schema}.${ident(AUTH_FUNCTION)}`;
  const role = ident(authUser);
  const up = [
    `-- The role ${role} must exist first (CREATE ROLE ${role} LOGIN PASSWORD '…'), and its secret be in PgBouncer's auth_file.`,
    `CREATE SCHEMA ${schema};`,
    '',
    `CREATE FUNCTION ${fn}(p_usename text)`,
    'RETURNS TABLE (username text, password text)',
    'LANGUAGE sql STABLE SECURITY DEFINER',
    'SET search_path = pg_catalog, pg_temp',
    'AS $$',
    '  SELECT rolname::text, CASE WHEN rolvaliduntil < now() THEN NULL ELSE rolpassword END',
    '  FROM pg_catalog.pg_authid',
    '  WHERE rolname = p_usename AND rolcanlogin AND NOT rolsuper',
    '$$;',
    '',
    `REVOKE ALL ON FUNCTION ${fn}(text) FROM PUBLIC;`,
    `GRANT USAGE ON SCHEMA ${schema} TO ${role};`,
    `GRANT EXECUTE ON FUNCTION ${fn}(text) TO ${role};`,
    '',
  ].join('\n');
  // DROP SCHEMA without CASCADE: if someone put other objects there, DOWN stops instead of deleting them.
  const down = [`DROP FUNCTION ${fn}(text);`, `DROP SCHEMA ${schema};`, ''].join('\n');
  return { up, down };
}

/** The auth_query setting that calls the function (PgBouncer binds the user name to $1). */
export function authQuerySql(): string {
  return `SELECT username, password FROM ${AUTH_SCHEMA}.${AUTH_FUNCTION}($1)`;
}
