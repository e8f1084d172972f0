/**
 * Generation time for a large diagram: `npx tsx bench/migrations.ts`.
 * Builds a 500-table document (random but seeded), then times the full
 * CREATE script, the DOWN, and a diff that renames a column, adds a column
 * and an index in 100 of the tables; then the zero-downtime plan of that diff
 * and the complete bundles (files, manifest with checksums, docs).
 */
import { diffBundle, exportBundle } from '../lib/bundle';
import { diff } from '../lib/ddl/diff';
import { planMigration } from '../lib/ddl/plan';
import { emitAll } from '../lib/ddl/emit';
import { createStatements, dropStatements } from '../lib/ddl/generate';
import { renderScript } from '../lib/ddl/statement';
import type { DiagramDocument } from '../lib/model/document';
import { randomDocument } from '../tests/support/random-document';

function bigDocument(): DiagramDocument {
  const doc = randomDocument(500, { tables: 500 });
  return doc;
}

function edit(doc: DiagramDocument): DiagramDocument {
  const next = structuredClone(doc);
  for (const table of next.tables.slice(0, 100)) {
    const column = table.columns[1];
    if (column) column.name = `${column.name}_renamed`.slice(0, 63);
    table.columns.push({
      id: `${table.id}_added`, name: 'added_note', type: { kind: 'base', name: 'text', modifiers: [], arrayDims: 0 }, nullable: true,
      default: null, identity: null, generated: null, collation: null, comment: '', snapshotOf: null,
    });
    table.indexes.push({
      id: `${table.id}_idx_added`, name: `${table.name}_added_idx`.slice(0, 63), method: 'btree', unique: false, nullsNotDistinct: false,
      keys: [{ columnId: `${table.id}_added`, expression: null, order: null, nulls: null, opclass: null, collation: null }],
      include: [], where: null, with: {}, comment: '',
    });
  }
  return next;
}

function time<T>(label: string, runs: number, fn: () => T): T {
  let result = fn(); // warm-up
  const started = performance.now();
  for (let i = 0; i < runs; i++) result = fn();
  const ms = (performance.now() - started) / runs;
  console.log(`${label.padEnd(48)} ${ms.toFixed(1).padStart(8)} ms`);
  return result;
}

const doc = bigDocument();
const fks = doc.relationships.length;
const columns = doc.tables.reduce((n, t) => n + t.columns.length, 0);
const indexes = doc.tables.reduce((n, t) => n + t.indexes.length, 0);
console.log(`diagram: ${doc.tables.length} tables, ${columns} columns, ${indexes} indexes, ${fks} foreign keys`);

const up = time('full CREATE (diff from empty + emit + render)', 10, () => {
  const result = createStatements(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return renderScript(result.value);
});
console.log(`  → ${up.length.toLocaleString('en')} characters of SQL`);
time('full DOWN', 10, () => {
  const result = dropStatements(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return renderScript(result.value);
});
const edited = edit(doc);
const ops = time('diff touching 100 tables (diff + emit)', 10, () => {
  const result = diff(doc, edited);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return emitAll(result.value);
});
console.log(`  → ${ops.length} statements`);

const plan = time('zero-downtime plan, diff touching 100 tables', 10, () => {
  const result = planMigration(doc, edited);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
});
console.log(`  → ${plan.steps.length} migrations, ${plan.steps.reduce((n, s) => n + s.up.statements.length, 0)} UP statements`);

async function timeAsync<T>(label: string, runs: number, fn: () => Promise<T>): Promise<T> {
  let result = await fn();
  const started = performance.now();
  for (let i = 0; i < runs; i++) result = await fn();
  console.log(`${label.padEnd(48)} ${((performance.now() - started) / runs).toFixed(1).padStart(8)} ms`);
  return result;
}
const full = await timeAsync('export bundle, 500 tables (all files)', 5, async () => {
  const result = await exportBundle(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
});
console.log(`  → ${full.files.length} files, ${full.files.reduce((n, f) => n + f.contents.length, 0).toLocaleString('en')} characters`);
await timeAsync('diff bundle touching 100 tables (all files)', 5, async () => {
  const result = await diffBundle(doc, edited);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
});
