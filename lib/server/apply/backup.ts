import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ClientBase } from 'pg';
import { ident, qualified } from '../../sql/quote';
import { redact } from '../live/redact';
import type { LossTarget } from './analysis';

export type BackupMode = 'schema' | 'pg_dump' | 'none';

/** `tablecraft_backup_20250131_154502`: sorts by time, and introspection skips it. */
export function backupSchemaName(now = new Date()): string {
  const iso = now.toISOString().replace(/[-:]/g, '').replace('T', '_').slice(0, 15);
  return `tablecraft_backup_${iso}`;
}

/**
 * Copies what a run would destroy into a backup schema: a dropped table whole
 * (`CREATE TABLE … AS TABLE …`), dropped columns with the table's primary key so
 * the values can be joined back. Targets that do not exist (yet) are skipped.
 * Returns the schema name, or null when there was nothing to copy.
 */
export async function backupToSchema(client: ClientBase, targets: readonly LossTarget[], schema = backupSchemaName()): Promise<string | null> {
  let copied = 0;
  for (const [i, target] of targets.entries()) {
    const source = await resolveTable(client, target);
    if (!source) continue;
    if (copied === 0) await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident(schema)}`);
    const copy = qualified(schema, `${source.schema}__${source.table}${target.columns ? `__cols${i}` : ''}`.slice(0, 63));
    if (target.columns === null) {
      await client.query(`CREATE TABLE ${copy} AS TABLE ${qualified(source.schema, source.table)}`);
    } else {
      const key = await primaryKey(client, source.oid);
      const columns = [...new Set([...key, ...target.columns])].map(ident).join(', ');
      await client.query(`CREATE TABLE ${copy} AS SELECT ${columns} FROM ${qualified(source.schema, source.table)}`);
    }
    copied++;
  }
  return copied > 0 ? schema : null;
}

/** Writes `pg_dump --table …` of the affected tables to a file; the password goes through the environment, never argv. */
export async function backupWithPgDump(url: string, secrets: readonly string[], client: ClientBase, targets: readonly LossTarget[], directory: string): Promise<string | null> {
  const tables: string[] = [];
  for (const target of targets) {
    const source = await resolveTable(client, target);
    if (source) tables.push(`${source.schema}.${source.table}`);
  }
  if (tables.length === 0) return null;
  await mkdir(directory, { recursive: true });
  const file = path.resolve(directory, `${backupSchemaName()}.dump`);
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  const args = ['--format=custom', `--file=${file}`, ...[...new Set(tables)].map((t) => `--table=${t}`), `--dbname=${parsed.toString()}`];
  try {
    await promisify(execFile)('pg_dump', args, { env: { ...process.env, PGPASSWORD: password }, timeout: 30 * 60_000 });
  } catch (error) {
    throw new Error(redact(`pg_dump failed: ${(error as { stderr?: string }).stderr || (error as Error).message}`, secrets), { cause: error });
  }
  return file;
}

/** Whether `pg_dump` is on PATH. */
export async function hasPgDump(): Promise<boolean> {
  try {
    await promisify(execFile)('pg_dump', ['--version']);
    return true;
  } catch {
    return false;
  }
}

async function resolveTable(client: ClientBase, target: LossTarget): Promise<{ oid: number; schema: string; table: string } | null> {
  const name = target.schema ? qualified(target.schema, target.table) : ident(target.table);
  const r = await client.query<{ oid: number | null; schema: string; table: string }>(
    `SELECT c.oid::int AS oid, n.nspname AS schema, c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass($1)`, [name]);
  const row = r.rows[0];
  return row?.oid ? { oid: row.oid, schema: row.schema, table: row.table } : null;
}

async function primaryKey(client: ClientBase, oid: number): Promise<string[]> {
  const r = await client.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_constraint c CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY k(n, o)
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n WHERE c.conrelid = $1 AND c.contype = 'p' ORDER BY k.o`, [oid]);
  return r.rows.map((x) => x.name);
}
