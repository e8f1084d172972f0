import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { applyBundle, loadBundle, rollbackBundle, type ApplyEvent } from '../../lib/server/apply';
import { ragTemplate } from '../../lib/templates/rag';
import { serverUnavailableReason } from '../support/databases';
import { handBundle, writeGeneratedBundle, writeHandBundle } from './support/bundles';
import { scratchDatabase, type ScratchDatabase } from './support/server';

/** The apply engine against fresh databases on the PostgreSQL 15 server. */
const skip = await serverUnavailableReason();

const SET = {
  '001_create_items': { up: 'CREATE TABLE items (id bigint PRIMARY KEY, name text NOT NULL);', down: 'DROP TABLE items;' },
  '002_add_price': { up: 'ALTER TABLE items ADD COLUMN price numeric(10,2);\nCREATE INDEX items_name_idx ON items (name);', down: 'DROP INDEX items_name_idx;\nALTER TABLE items DROP COLUMN price;' },
};

describe.skipIf(Boolean(skip))('apply on the PostgreSQL 15 server', () => {
  let db: ScratchDatabase;
  let client: pg.Client;
  beforeEach(async () => {
    db = await scratchDatabase();
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });
  afterEach(async () => {
    await client.end().catch(() => undefined);
    await db.drop();
  });

  const tables = async () => (await client.query<{ t: string }>(`SELECT table_schema || '.' || table_name AS t FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`)).rows.map((r) => r.t);
  const history = async (scope: string) => (await client.query<{ version: number; success: boolean; backup: string | null }>('SELECT version, success, backup FROM tablecraft_meta.migration_history WHERE scope = $1 ORDER BY version', [scope])).rows;

  it('apply → rollback → apply, streaming statement progress; a lossy DOWN needs the typed confirmation and is backed up first', async () => {
    const bundle = await handBundle('shop', SET);
    const events: ApplyEvent[] = [];
    const up = await applyBundle(bundle, { databaseUrl: db.url, onEvent: (e) => events.push(e) });
    expect(up.ok, up.ok ? '' : up.error.message).toBe(true);
    expect(events.filter((e) => e.kind === 'statement' && e.status === 'done').map((e) => e.kind === 'statement' && `${e.version}:${e.index}/${e.count}`)).toEqual(['1:1/1', '2:1/2', '2:2/2']);
    await client.query(`INSERT INTO items VALUES (1, 'apple', 1.50)`);

    const refused = await rollbackBundle(bundle, { databaseUrl: db.url, toVersion: 0 });
    expect(!refused.ok && refused.error.kind).toBe('needs_confirmation');
    expect(await tables()).toContain('public.items');

    const down = await rollbackBundle(bundle, { databaseUrl: db.url, toVersion: 0, confirm: db.name });
    expect(down.ok, down.ok ? '' : down.error.message).toBe(true);
    expect((await tables()).filter((t) => t.startsWith('public.'))).toEqual([]);
    const backups = (await history('shop')).map((r) => r.backup);
    expect(backups.every((b) => b?.startsWith('tablecraft_backup_'))).toBe(true);
    const saved = await client.query(`SELECT * FROM ${backups[0]}.public__items`);
    expect(saved.rows).toEqual([{ id: '1', name: 'apple', price: '1.50' }]);
    const savedPrice = await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1`, [backups[0]]);
    expect(savedPrice.rows.map((r) => r.table_name)).toEqual(['public__items', expect.stringMatching(/^public__items__cols/)]);

    const again = await applyBundle(bundle, { databaseUrl: db.url });
    expect(again.ok && again.value.steps.map((s) => s.version)).toEqual([1, 2]);
    expect((await history('shop')).map((r) => [r.version, r.success])).toEqual([[1, true], [2, true]]);
  });

  it('dry run changes nothing, not even the history table', async () => {
    const bundle = await handBundle('shop', SET);
    const result = await applyBundle(bundle, { databaseUrl: db.url, dryRun: true });
    expect(result.ok && result.value).toMatchObject({ dryRun: true, steps: [{ version: 1 }, { version: 2 }] });
    expect(await tables()).toEqual([]);
  });

  it('a failing statement reports its file position and PostgreSQL code; the migration rolls back and the history stays consistent', async () => {
    const bundle = await handBundle('shop', {
      ...SET,
      '003_broken': { up: 'ALTER TABLE items ADD COLUMN sku text;\n\nSELECT nope\n  FROM items;', down: 'ALTER TABLE items DROP COLUMN sku;' },
    });
    const result = await applyBundle(bundle, { databaseUrl: db.url });
    if (result.ok || result.error.kind !== 'migration_failed') throw new Error('expected migration_failed');
    expect(result.error).toMatchObject({ version: 3, database: { code: '42703' }, statement: { index: 2, count: 2, line: 3, column: 8 } });
    const columns = await client.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'items' ORDER BY ordinal_position`);
    expect(columns.rows.map((r) => r.column_name)).toEqual(['id', 'name', 'price']);
    expect((await history('shop')).map((r) => [r.version, r.success])).toEqual([[1, true], [2, true], [3, false]]);
  });

  it('refuses a migration edited after it was applied', async () => {
    expect((await applyBundle(await handBundle('shop', SET), { databaseUrl: db.url })).ok).toBe(true);
    const edited = await handBundle('shop', { ...SET, '002_add_price': { ...SET['002_add_price'], up: SET['002_add_price'].up.replace('10,2', '12,2') } });
    const result = await applyBundle(edited, { databaseUrl: db.url });
    expect(!result.ok && result.error.kind).toBe('history_mismatch');
    expect(!result.ok && result.error.message).toContain('was changed after it was applied');
  });

  it('refuses the pgvector bundle up front, naming what to install, and leaves the database unchanged', async () => {
    const loaded = await loadBundle(await writeGeneratedBundle(ragTemplate()));
    if (!loaded.ok) throw new Error(loaded.error.message);
    const before = await catalogFingerprint(client);
    const result = await applyBundle(loaded.value, { databaseUrl: db.url });
    expect(!result.ok && result.error.kind).toBe('refused');
    expect(!result.ok && result.error.message).toMatch(/extension "vector".*install pgvector/);
    expect(await catalogFingerprint(client)).toEqual(before);
  });

  it('a connection killed in the middle of a migration leaves a consistent version and a truthful history; a re-run finishes', async () => {
    const bundle = await handBundle('slow', {
      '001_a': { up: 'CREATE TABLE a (id int);', down: 'DROP TABLE a;' },
      '002_slow': { up: 'CREATE TABLE b (id int);\nSELECT pg_sleep(5);\nCREATE TABLE c (id int);', down: 'DROP TABLE c;\nDROP TABLE b;' },
    });
    const running = applyBundle(bundle, {
      databaseUrl: db.url,
      onEvent: (e) => {
        if (e.kind === 'statement' && e.status === 'started' && e.sql.includes('pg_sleep')) {
          void killWhenSleeping(client);
        }
      },
    });
    const result = await running;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/terminat/i);
    expect((await tables()).filter((t) => t.startsWith('public.'))).toEqual(['public.a']);
    expect((await history('slow')).map((r) => [r.version, r.success])).toEqual([[1, true]]);
    const retry = await applyBundle(bundle, { databaseUrl: db.url });
    expect(retry.ok && retry.value.steps.map((s) => s.version)).toEqual([2]);
  });

  it('backs up with pg_dump when asked: the dump holds the rows the rollback destroys', async () => {
    const bundle = await handBundle('shop', SET);
    expect((await applyBundle(bundle, { databaseUrl: db.url })).ok).toBe(true);
    await client.query(`INSERT INTO items VALUES (1, 'apple', 1.50), (2, 'pear', 2.25)`);
    const backupDir = mkdtempSync(path.join(tmpdir(), 'tablecraft-pgdump-'));
    try {
      const events: ApplyEvent[] = [];
      const down = await rollbackBundle(bundle, { databaseUrl: db.url, toVersion: 0, confirm: db.name, backup: 'pg_dump', backupDir, onEvent: (e) => events.push(e) });
      expect(down.ok, down.ok ? '' : down.error.message).toBe(true);
      const backup = events.find((e) => e.kind === 'backup');
      expect(backup && backup.kind === 'backup' && backup.location.startsWith(backupDir)).toBe(true);
      const file = backup!.kind === 'backup' ? backup!.location : '';
      const listing = execFileSync('pg_restore', ['--list', file], { encoding: 'utf8' });
      expect(listing).toMatch(/TABLE DATA public items/);
      const restored = execFileSync('pg_restore', ['--data-only', '--table=items', '--file=-', file], { encoding: 'utf8' });
      expect(restored).toContain('apple');
      expect((await history('shop')).map((r) => r.backup)).toContain(file);
    } finally {
      rmSync(backupDir, { recursive: true, force: true });
    }
  });

  it('two applies in two processes serialize: each migration is applied once', async () => {
    const dir = writeHandBundle({
      '001_a': { up: 'CREATE TABLE a (id int);\nSELECT pg_sleep(1);', down: 'DROP TABLE a;' },
      '002_b': { up: 'CREATE TABLE b (id int);', down: 'DROP TABLE b;' },
    });
    // Hold the runs' lock ourselves so both processes are certainly waiting for it
    // at the same time, however slowly they start on a loaded machine.
    const lockKey = `tablecraft.migrate:tablecraft_meta.migration_history:${path.basename(dir)}`;
    await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [lockKey]);
    const runs = [0, 1].map(() => {
      const child = spawn(process.execPath, ['bin/tablecraft.mjs', 'apply', dir, '--database-url', db.url], { cwd: process.cwd() });
      const run = { out: '', done: new Promise<number | null>((resolve) => child.on('close', resolve)) };
      child.stdout.on('data', (d) => { run.out += String(d); });
      child.stderr.on('data', (d) => { run.out += String(d); });
      return run;
    });
    await waitFor(() => runs.every((r) => r.out.includes('Waiting for the migration lock')), 45_000);
    await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [lockKey]);
    const codes = await Promise.all(runs.map((r) => r.done));
    const outputs = runs.map((r) => r.out);
    expect(codes, outputs.join('\n')).toEqual([0, 0]);
    expect(outputs.filter((o) => /Applied 1, 2/.test(o))).toHaveLength(1);
    expect(outputs.filter((o) => /Applied nothing; already in place: 1, 2/.test(o))).toHaveLength(1);
  }, 60_000);
});

/** Polls `condition` every 50 ms until it holds; fails after `timeoutMs`. */
async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits (bounded) until the migration's pg_sleep is running, then ends that session. */
async function killWhenSleeping(client: pg.Client): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const r = await client.query(`SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
      WHERE datname = current_database() AND state = 'active' AND query LIKE 'SELECT pg_sleep%' AND pid <> pg_backend_pid()`);
    if (r.rows.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function catalogFingerprint(client: pg.Client): Promise<unknown> {
  const r = await client.query(`SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') ORDER BY 1, 2`);
  const e = await client.query('SELECT extname FROM pg_extension ORDER BY 1');
  return { relations: r.rows, extensions: e.rows };
}
