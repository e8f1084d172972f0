/**
 * SQL import benchmark: `npx tsx bench/import.ts`.
 * Imports the pagila pg_dump and a generated 1,000-table dump (sequences,
 * enum/domain columns, PKs and FKs by ALTER TABLE, four indexes per table,
 * partitions) and prints the median time of several runs after a warm-up,
 * plus heap use.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { importSql } from '../lib/interop';
import { generatedDump } from '../tests/interop/generated-dump';

const RUNS = 5;

async function measure(label: string, sql: string) {
  const first = await importSql(sql);
  if (!first.ok) throw new Error(`${label}: import failed: ${first.error.message}`);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await importSql(sql);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const { document, report } = first.value;
  const heap = process.memoryUsage();
  console.log(
    `${label}: ${(sql.length / 1024).toFixed(0)} KiB, ${report.statementCount} statements → ${document.tables.length} tables, ` +
    `${document.relationships.length} relationships, ${document.tables.reduce((n, t) => n + t.indexes.length, 0)} indexes; ` +
    `median ${times[RUNS >> 1]!.toFixed(0)} ms (min ${times[0]!.toFixed(0)}, max ${times.at(-1)!.toFixed(0)}); ` +
    `heap used ${(heap.heapUsed / 2 ** 20).toFixed(0)} MiB, rss ${(heap.rss / 2 ** 20).toFixed(0)} MiB`,
  );
}

const coldStart = performance.now();
await importSql('SELECT 1;');
console.log(`first call (loads the WebAssembly parser): ${(performance.now() - coldStart).toFixed(0)} ms`);
await measure('pagila', readFileSync(new URL('../../shared/fixtures/pagila-schema.sql', import.meta.url), 'utf8'));
await measure('generated 1,000 tables', generatedDump(1000));
