/**
 * The one thing introspection needs from a database: run a query with
 * parameters and get rows. A `pg` client and a PGlite instance both fit (see
 * `fromPg` / `fromPglite`), so the same code reads a server and the embedded database.
 */
export interface Queryable {
  query<T>(sql: string, params?: readonly unknown[]): Promise<{ rows: T[] }>;
}

interface PgLike {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

export function fromPg(client: PgLike): Queryable {
  return { query: async <T>(sql: string, params?: readonly unknown[]) => ({ rows: (await client.query(sql, params ? [...params] : undefined)).rows as T[] }) };
}

interface PgliteLike {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export function fromPglite(db: PgliteLike): Queryable {
  return { query: async <T>(sql: string, params?: readonly unknown[]) => ({ rows: (await db.query<T>(sql, params ? [...params] : undefined)).rows }) };
}
