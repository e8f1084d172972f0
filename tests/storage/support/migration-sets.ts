import { parseMigrationSet } from '../../../lib/migrations/parse';
import type { Migration } from '../../../lib/migrations/types';

let counter = 0;

/** A schema name no other test of the run uses, so tests can share one database. */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}_${process.pid}_${counter}`;
}

/** Builds a migration set from `{ '001_create_t': { up, down } }`, failing the test on a malformed set. */
export function migrationSet(entries: Record<string, { up: string; down: string }>): Migration[] {
  const files = Object.entries(entries).flatMap(([stem, { up, down }]) => [
    { fileName: `${stem}.up.sql`, sql: up },
    { fileName: `${stem}.down.sql`, sql: down },
  ]);
  const parsed = parseMigrationSet(files);
  if (!parsed.ok) throw new Error(parsed.error.map((p) => p.message).join('\n'));
  return parsed.value;
}

/** Three migrations in their own schema: two tables and a column. */
export function basicSet(schema: string): Migration[] {
  return migrationSet({
    '001_create_users': {
      up: `CREATE SCHEMA ${schema};\nCREATE TABLE ${schema}.users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);`,
      down: `DROP TABLE ${schema}.users;\nDROP SCHEMA ${schema};`,
    },
    '002_create_orders': {
      up: `CREATE TABLE ${schema}.orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES ${schema}.users (id));`,
      down: `DROP TABLE ${schema}.orders;`,
    },
    '005_add_total': {
      up: `ALTER TABLE ${schema}.orders ADD COLUMN total numeric(12,2) NOT NULL DEFAULT 0;`,
      down: `ALTER TABLE ${schema}.orders DROP COLUMN total;`,
    },
  });
}
