import pg from 'pg';
import { SERVER_URL } from '../../support/databases';

export interface ScratchDatabase {
  readonly name: string;
  /** A URL to the new database on the PostgreSQL server. */
  readonly url: string;
  /** Drops it, ending any session still connected. */
  drop(): Promise<void>;
}

/** A new, empty database `tablecraft_live_<random>` on the test server. */
export async function scratchDatabase(): Promise<ScratchDatabase> {
  const name = `tablecraft_live_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
