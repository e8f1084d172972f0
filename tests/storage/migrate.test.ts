import type pg from 'pg';
import { afterEach, expect, it } from 'vitest';
import { NO_TRANSACTION_MARKER } from '../../lib/migrations/markers';
import { migrateDown, migrateUp } from '../../lib/server/migrate';
import { Connections, describeEachBackend } from './support/backends';
import { basicSet, migrationSet, uniqueName } from './support/migration-sets';

interface HistoryRow {
  version: number;
  name: string;
  success: boolean;
  error: string | null;
  applied_by: string;
  duration_ms: number;
}

async function history(client: pg.Client, scope: string): Promise<HistoryRow[]> {
  const result = await client.query<HistoryRow>(
    'SELECT version, name, success, error, applied_by, duration_ms FROM tablecraft_meta.migration_history WHERE scope = $1 ORDER BY version',
    [scope],
  );
  return result.rows;
}

async function tablesIn(client: pg.Client, schema: string): Promise<string[]> {
  const result = await client.query<{ table_name: string }>(
    'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
    [schema],
  );
  return result.rows.map((row) => row.table_name);
}

async function columnsOf(client: pg.Client, schema: string, table: string): Promise<string[]> {
  const result = await client.query<{ column_name: string }>(
    'SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position',
    [schema, table],
  );
  return result.rows.map((row) => row.column_name);
}

describeEachBackend('migration runner', (database) => {
  const connections = new Connections();
  afterEach(() => connections.endAll());
  const connect = () => connections.connect(database().connectionString);

  it('applies, reverts and re-applies a set, keeping a truthful history', async () => {
    const client = await connect();
    const schema = uniqueName('up_down');
    const scope = uniqueName('scope');
    const set = basicSet(schema);

    const first = await migrateUp(client, set, { scope });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.value.steps.map((s) => [s.version, s.name, s.fileName])).toEqual([
      [1, 'create_users', '001_create_users.up.sql'],
      [2, 'create_orders', '002_create_orders.up.sql'],
      [5, 'add_total', '005_add_total.up.sql'],
    ]);
    expect(first.value.steps.every((s) => s.durationMs >= 0)).toBe(true);
    expect(await tablesIn(client, schema)).toEqual(['orders', 'users']);
    expect(await columnsOf(client, schema, 'orders')).toEqual(['id', 'user_id', 'total']);
    const rows = await history(client, scope);
    expect(rows.map((r) => [r.version, r.name, r.success, r.error])).toEqual([
      [1, 'create_users', true, null], [2, 'create_orders', true, null], [5, 'add_total', true, null],
    ]);
    const { rows: [who] } = await client.query<{ current_user: string }>('SELECT current_user');
    expect(rows[0]?.applied_by).toBe(who?.current_user);

    const again = await migrateUp(client, set, { scope });
    expect(again.ok && again.value).toMatchObject({ steps: [], unchanged: [1, 2, 5] });

    const partly = await migrateDown(client, set, { scope, toVersion: 1 });
    expect(partly.ok && partly.value.steps.map((s) => [s.version, s.fileName])).toEqual([[5, '005_add_total.down.sql'], [2, '002_create_orders.down.sql']]);
    expect(partly.ok && partly.value.unchanged).toEqual([1]);
    expect(await tablesIn(client, schema)).toEqual(['users']);
    expect((await history(client, scope)).map((r) => r.version)).toEqual([1]);

    const all = await migrateDown(client, set, { scope, toVersion: 0 });
    expect(all.ok && all.value.steps.map((s) => s.version)).toEqual([1]);
    expect(await tablesIn(client, schema)).toEqual([]);
    expect(await history(client, scope)).toEqual([]);

    const reapplied = await migrateUp(client, set, { scope });
    expect(reapplied.ok && reapplied.value.steps.map((s) => s.version)).toEqual([1, 2, 5]);
    expect(await columnsOf(client, schema, 'orders')).toEqual(['id', 'user_id', 'total']);
  });

  it('applies only up to toVersion when asked', async () => {
    const client = await connect();
    const schema = uniqueName('partial');
    const scope = uniqueName('scope');
    const result = await migrateUp(client, basicSet(schema), { scope, toVersion: 2 });
    expect(result.ok && result.value.steps.map((s) => s.version)).toEqual([1, 2]);
    expect(await columnsOf(client, schema, 'orders')).toEqual(['id', 'user_id']);
  });

  it('refuses to run when an applied migration was edited, naming the version and file, and changes nothing', async () => {
    const client = await connect();
    const schema = uniqueName('tamper');
    const scope = uniqueName('scope');
    const set = basicSet(schema);
    expect((await migrateUp(client, set.slice(0, 2), { scope })).ok).toBe(true);

    const edited = set.map((m) => (m.version === 2 ? { ...m, up: m.up.replace('bigint NOT NULL', 'integer NOT NULL') } : m));
    const result = await migrateUp(client, edited, { scope });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('history_mismatch');
    expect(result.error.message).toContain('migration 2 (002_create_orders.up.sql) was changed after it was applied');
    // Migration 5 was pending but must not run while the history is in doubt.
    expect(await columnsOf(client, schema, 'orders')).toEqual(['id', 'user_id']);
    expect((await history(client, scope)).map((r) => r.version)).toEqual([1, 2]);

    const down = await migrateDown(client, edited, { scope, toVersion: 0 });
    expect(!down.ok && down.error.kind).toBe('history_mismatch');
    expect(await tablesIn(client, schema)).toEqual(['orders', 'users']);
  });

  it('refuses a tampered chain checksum in the history', async () => {
    const client = await connect();
    const scope = uniqueName('scope');
    const set = basicSet(uniqueName('chain'));
    expect((await migrateUp(client, set, { scope })).ok).toBe(true);
    await client.query("UPDATE tablecraft_meta.migration_history SET chain_checksum = repeat('0', 64) WHERE scope = $1 AND version = 2", [scope]);
    const result = await migrateUp(client, set, { scope });
    expect(!result.ok && result.error.message).toContain('the migrations before 2 (002_create_orders.up.sql) are not the ones that were applied');
  });

  it('refuses a database that is newer than the migration files', async () => {
    const client = await connect();
    const scope = uniqueName('scope');
    const set = basicSet(uniqueName('newer'));
    expect((await migrateUp(client, set, { scope })).ok).toBe(true);
    const result = await migrateUp(client, set.slice(0, 2), { scope });
    expect(!result.ok && result.error.message).toContain('version 5 ("add_total") is applied in the database but there is no migration file for it');
  });

  it('serializes two runners starting together on two connections: each migration is applied once', async () => {
    const [a, b] = [await connect(), await connect()];
    const schema = uniqueName('race');
    const scope = uniqueName('scope');
    // Slow migrations widen the window in which the runners would collide.
    const set = migrationSet({
      '001_schema': { up: `CREATE SCHEMA ${schema}; SELECT pg_sleep(0.2);`, down: `DROP SCHEMA ${schema};` },
      '002_counter': { up: `CREATE TABLE ${schema}.applied (version int PRIMARY KEY); INSERT INTO ${schema}.applied VALUES (2); SELECT pg_sleep(0.2);`, down: `DROP TABLE ${schema}.applied;` },
      '003_more': { up: `INSERT INTO ${schema}.applied VALUES (3); SELECT pg_sleep(0.2);`, down: `DELETE FROM ${schema}.applied WHERE version = 3;` },
    });
    const [ra, rb] = await Promise.all([migrateUp(a, set, { scope }), migrateUp(b, set, { scope })]);
    expect(ra.ok, ra.ok ? '' : ra.error.message).toBe(true);
    expect(rb.ok, rb.ok ? '' : rb.error.message).toBe(true);
    if (!ra.ok || !rb.ok) return;
    const versions = [...ra.value.steps, ...rb.value.steps].map((s) => s.version).sort();
    expect(versions).toEqual([1, 2, 3]);
    const applied = await a.query<{ version: number }>(`SELECT version FROM ${schema}.applied ORDER BY version`);
    expect(applied.rows.map((r) => r.version)).toEqual([2, 3]);
    expect((await history(a, scope)).map((r) => [r.version, r.success])).toEqual([[1, true], [2, true], [3, true]]);
  });

  it('rolls back only the failing migration, records the failure, and retries it once fixed', async () => {
    const client = await connect();
    const schema = uniqueName('failing');
    const scope = uniqueName('scope');
    const broken = migrationSet({
      '001_ok': { up: `CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.a (id int);`, down: `DROP TABLE ${schema}.a; DROP SCHEMA ${schema};` },
      '002_breaks': { up: `CREATE TABLE ${schema}.b (id int);\nINSERT INTO ${schema}.missing VALUES (1);`, down: `DROP TABLE ${schema}.b;` },
      '003_later': { up: `CREATE TABLE ${schema}.c (id int);`, down: `DROP TABLE ${schema}.c;` },
    });
    const result = await migrateUp(client, broken, { scope });
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== 'migration_failed') throw new Error('expected migration_failed');
    expect(result.error).toMatchObject({ version: 2, fileName: '002_breaks.up.sql', transactional: true, database: { code: '42P01' } });
    expect(result.error.completed.map((s) => s.version)).toEqual([1]);
    expect(result.error.message).toMatch(/migration 2 \(002_breaks\.up\.sql\) failed: relation ".*missing" does not exist; it was rolled back/);
    expect(await tablesIn(client, schema)).toEqual(['a']);
    const rows = await history(client, scope);
    expect(rows.map((r) => [r.version, r.success])).toEqual([[1, true], [2, false]]);
    expect(rows[1]?.error).toContain('does not exist');

    const fixed = broken.map((m) => (m.version === 2 ? { ...m, up: `CREATE TABLE ${schema}.b (id int);` } : m));
    const retry = await migrateUp(client, fixed, { scope });
    expect(retry.ok && retry.value.steps.map((s) => s.version)).toEqual([2, 3]);
    expect(await tablesIn(client, schema)).toEqual(['a', 'b', 'c']);
    expect((await history(client, scope)).map((r) => [r.version, r.success, r.error])).toEqual([[1, true, null], [2, true, null], [3, true, null]]);
  });

  it('runs a no-transaction migration statement by statement, so CREATE INDEX CONCURRENTLY works', async () => {
    const client = await connect();
    const schema = uniqueName('concurrently');
    const scope = uniqueName('scope');
    const set = migrationSet({
      '001_table': { up: `CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.t (a int, b text);`, down: `DROP TABLE ${schema}.t; DROP SCHEMA ${schema};` },
      '002_index': {
        up: `${NO_TRANSACTION_MARKER}\nCREATE INDEX CONCURRENTLY t_a_idx ON ${schema}.t (a);\nCREATE INDEX CONCURRENTLY t_b_idx ON ${schema}.t (b);`,
        down: `${NO_TRANSACTION_MARKER}\nDROP INDEX CONCURRENTLY ${schema}.t_b_idx;\nDROP INDEX CONCURRENTLY ${schema}.t_a_idx;`,
      },
    });
    const up = await migrateUp(client, set, { scope });
    expect(up.ok, up.ok ? '' : up.error.message).toBe(true);
    expect(up.ok && up.value.steps.map((s) => [s.version, s.transactional])).toEqual([[1, true], [2, false]]);
    const indexes = await client.query<{ indexname: string }>('SELECT indexname FROM pg_indexes WHERE schemaname = $1 ORDER BY 1', [schema]);
    expect(indexes.rows.map((r) => r.indexname)).toEqual(['t_a_idx', 't_b_idx']);

    const down = await migrateDown(client, set, { scope, toVersion: 1 });
    expect(down.ok && down.value.steps.map((s) => [s.version, s.transactional])).toEqual([[2, false]]);
    const after = await client.query('SELECT 1 FROM pg_indexes WHERE schemaname = $1', [schema]);
    expect(after.rowCount).toBe(0);
  });

  it('says which statement of a no-transaction migration failed and that the earlier ones stay applied', async () => {
    const client = await connect();
    const schema = uniqueName('notx_fail');
    const scope = uniqueName('scope');
    const set = migrationSet({
      '001_table': { up: `CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.t (a int);`, down: `DROP SCHEMA ${schema} CASCADE;` },
      '002_index': {
        up: `${NO_TRANSACTION_MARKER}\nCREATE INDEX t_a_idx ON ${schema}.t (a);\nCREATE INDEX t_z_idx ON ${schema}.t (no_such_column);`,
        down: `DROP INDEX ${schema}.t_a_idx;`,
      },
    });
    const result = await migrateUp(client, set, { scope });
    expect(!result.ok && result.error.message).toMatch(/migration 2 \(002_index\.up\.sql\) failed at statement 2 of 2: .*no_such_column.*statements before the failing one stay applied/);
    const indexes = await client.query<{ indexname: string }>('SELECT indexname FROM pg_indexes WHERE schemaname = $1', [schema]);
    expect(indexes.rows.map((r) => r.indexname)).toEqual(['t_a_idx']);
    expect((await history(client, scope)).map((r) => [r.version, r.success])).toEqual([[1, true], [2, false]]);
  });

  it('keeps separate scopes apart and quotes custom history names', async () => {
    const client = await connect();
    const options = { historySchema: uniqueName('Meta "Odd"'), historyTable: 'runs; DROP TABLE x' };
    const [s1, s2] = [uniqueName('scope_one'), uniqueName('scope_two')];
    const one = await migrateUp(client, basicSet(uniqueName('one')), { ...options, scope: s1 });
    const two = await migrateUp(client, basicSet(uniqueName('two')).slice(0, 1), { ...options, scope: s2 });
    expect(one.ok && one.value.steps.length).toBe(3);
    expect(two.ok && two.value.steps.length).toBe(1);
    const counts = await client.query<{ scope: string; n: string }>(
      `SELECT scope, count(*)::text AS n FROM "${options.historySchema.replace(/"/g, '""')}"."${options.historyTable}" GROUP BY scope ORDER BY scope`,
    );
    expect(counts.rows).toEqual([{ scope: s1, n: '3' }, { scope: s2, n: '1' }]);
  });
});
