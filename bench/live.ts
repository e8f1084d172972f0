/**
 * npx tsx bench/live.ts — on the local PostgreSQL server (TABLECRAFT_TEST_SERVER_URL or
 * postgres://root@127.0.0.1:5432/postgres), in a scratch database dropped at the end:
 * (a) introspection time for 1,000 tables;
 * (b) on a 1M-row table under a concurrent writer, the longest gap between the
 *     writer's successful writes while applying "add a NOT NULL column and an index",
 *     the safe plan (nullable add, batched backfill, CHECK NOT VALID, VALIDATE,
 *     SET NOT NULL, CREATE INDEX CONCURRENTLY) vs the naive DDL (volatile default + CREATE INDEX).
 */
import pg from 'pg';
import { fromPg, introspect } from '../lib/server/introspect';

const ADMIN = process.env.TABLECRAFT_TEST_SERVER_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const name = `tablecraft_bench_${Date.now()}`;

async function main(): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN });
  await admin.connect();
  // One scratch database per part: dropping 1,000 tables in one transaction would exhaust the lock table.
  try {
    for (const [suffix, part] of [['a', introspection], ['b', stalls]] as const) {
      await admin.query(`CREATE DATABASE ${name}_${suffix}`);
      const url = new URL(ADMIN);
      url.pathname = `/${name}_${suffix}`;
      try {
        await part(url.toString());
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name}_${suffix} WITH (FORCE)`);
      }
    }
  } finally {
    await admin.end();
  }
}

async function introspection(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`DO $$ BEGIN FOR i IN 1..1000 LOOP
    EXECUTE format('CREATE TABLE t%s (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, ref bigint, created_at timestamptz DEFAULT now())', i);
    EXECUTE format('CREATE INDEX t%s_name_idx ON t%s (name)', i, i);
    IF i > 1 THEN EXECUTE format('ALTER TABLE t%s ADD FOREIGN KEY (ref) REFERENCES t%s (id)', i, i - 1); END IF;
  END LOOP; END $$`);
  const t0 = performance.now();
  const result = await introspect(fromPg(c));
  const ms = performance.now() - t0;
  if (!result.ok) throw new Error(result.error.message);
  console.log(`(a) introspection of ${result.value.document.tables.length} tables, ${result.value.document.relationships.length} FKs: ${ms.toFixed(0)} ms`);
  await c.end();
}

/** Runs `work` while a second connection updates random rows in a loop; returns the longest gap between successful writes. */
async function underWriter(url: string, work: (c: pg.Client) => Promise<void>): Promise<{ maxGapMs: number; writes: number; workMs: number }> {
  const writer = new pg.Client({ connectionString: url });
  writer.on('error', () => undefined);
  await writer.connect();
  let running = true;
  let last = performance.now();
  let maxGapMs = 0;
  let writes = 0;
  const deadline = Date.now() + 10 * 60_000;
  const loop = (async () => {
    while (running && Date.now() < deadline) {
      await writer.query('UPDATE big SET v = v + 1 WHERE id = $1', [1 + Math.floor(Math.random() * ROWS)]);
      const now = performance.now();
      maxGapMs = Math.max(maxGapMs, now - last);
      last = now;
      writes++;
    }
  })();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await new Promise((r) => setTimeout(r, 300));
  const t0 = performance.now();
  try {
    await work(c);
  } finally {
    running = false;
    await loop;
    await c.end();
    await writer.end();
  }
  return { maxGapMs, writes, workMs: performance.now() - t0 };
}

async function stalls(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`CREATE TABLE big (id bigint PRIMARY KEY, v int NOT NULL DEFAULT 0, payload text)`);
  await c.query(`INSERT INTO big SELECT g, 0, md5(g::text) FROM generate_series(1, ${ROWS}) g`);
  await c.query('VACUUM ANALYZE big');
  await c.end();
  const safe = await underWriter(url, async (m) => {
    await m.query(`SET lock_timeout = '5s'`);
    await m.query('ALTER TABLE big ADD COLUMN token uuid');
    await m.query('ALTER TABLE big ALTER COLUMN token SET DEFAULT gen_random_uuid()');
    for (let batch = 0; batch < 10_000; batch++) {
      const r = await m.query('UPDATE big SET token = DEFAULT WHERE id IN (SELECT id FROM big WHERE token IS NULL LIMIT 10000)');
      if (r.rowCount === 0) break;
    }
    await m.query('ALTER TABLE big ADD CONSTRAINT big_token_not_null CHECK (token IS NOT NULL) NOT VALID');
    await m.query('ALTER TABLE big VALIDATE CONSTRAINT big_token_not_null');
    await m.query('ALTER TABLE big ALTER COLUMN token SET NOT NULL');
    await m.query('ALTER TABLE big DROP CONSTRAINT big_token_not_null');
    await m.query('CREATE INDEX CONCURRENTLY big_token_idx ON big (token)');
  });
  const naive = await underWriter(url, async (m) => {
    await m.query('ALTER TABLE big ADD COLUMN token2 uuid NOT NULL DEFAULT gen_random_uuid()');
    await m.query('CREATE INDEX big_token2_idx ON big (token2)');
  });
  const line = (label: string, r: { maxGapMs: number; writes: number; workMs: number }) =>
    `${label}: longest write stall ${r.maxGapMs.toFixed(0)} ms over ${(r.workMs / 1000).toFixed(1)} s (${r.writes} writes)`;
  console.log(`(b) ${ROWS.toLocaleString('en')} rows, "add a NOT NULL column and an index" under a concurrent writer`);
  console.log(`    ${line('safe plan ', safe)}`);
  console.log(`    ${line('naive DDL ', naive)}`);
}

await main();
