import { DiagramDocument } from '../../lib/model/document';
import type { ColumnType } from '../../lib/model/column-type';
import type { Column, Index } from '../../lib/model/table-parts';
import type { Table } from '../../lib/model/table';
import type { Relationship } from '../../lib/model/relationship';
import { validateReferences } from '../../lib/model/validate';

/** mulberry32: a tiny deterministic PRNG, so a failing seed can be replayed and kept as a regression. */
export function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}

const WORDS = ['account', 'order', 'user', 'Item', 'select', 'group', 'price', 'Total Amount', 'note', 'created_at', 'status', 'value', 'data', 'kind', 'ÜberName', 'label'];
const TYPES: ColumnType[] = [
  ['integer'], ['bigint'], ['smallint'], ['text'], ['varchar', 80], ['numeric', 12, 2], ['boolean'], ['timestamptz'], ['timestamp', 3],
  ['date'], ['uuid'], ['jsonb'], ['bytea'], ['inet'], ['interval'], ['double precision'], ['char', 4], ['vector', 8], ['halfvec', 16],
].map(([name, ...modifiers]) => ({ kind: 'base', name: name as string, modifiers: modifiers as number[], arrayDims: 0 }));

/**
 * A random but valid diagram: a few schemas, enums, tables with assorted column
 * types (vector ones only with `vector: true`), keys, uniques, checks, btree/GIN/
 * HNSW indexes, foreign keys (cycles allowed) and comments. Same seed → same document.
 */
export function randomDocument(seed: number, options: { tables?: number; vector?: boolean } = {}): DiagramDocument {
  const r = prng(seed);
  let counter = 0;
  const id = (prefix: string) => `${prefix}_${seed}_${counter++}`;
  const name = (base: string) => (r.chance(0.3) ? `${r.pick(WORDS)}_${counter++}` : `${base}_${counter++}`);
  const schemas = [{ id: 'sch_public', name: 'public', comment: '' }];
  if (r.chance(0.5)) schemas.push({ id: id('sch'), name: name('Schema'), comment: r.chance(0.5) ? 'a schema' : '' });
  const enums = Array.from({ length: r.int(0, 2) }, () => ({
    id: id('enm'), schemaId: r.pick(schemas).id, name: name('mood'), comment: '',
    values: Array.from({ length: r.int(1, 4) }, (_, i) => ({ id: id('val'), name: `v${i}'${i}` })),
  }));
  const types = TYPES.filter((t) => options.vector !== false || (t.kind === 'base' && !['vector', 'halfvec'].includes(t.name)));
  const tables: Table[] = [];
  const relationships: Relationship[] = [];
  for (let ti = 0; ti < (options.tables ?? r.int(1, 6)); ti++) {
    const columns: Column[] = [{
      id: id('col'), name: 'id', type: { kind: 'base', name: 'bigint', modifiers: [], arrayDims: 0 }, nullable: false, default: null,
      identity: r.pick(['always', 'by_default'] as const), generated: null, collation: null, comment: '', snapshotOf: null,
    }];
    for (let ci = 0; ci < r.int(1, 7); ci++) {
      const type: ColumnType = enums.length > 0 && r.chance(0.15)
        ? { kind: 'enum', enumId: r.pick(enums).id, arrayDims: 0 }
        : { ...r.pick(types), ...(r.chance(0.1) ? { arrayDims: 1 } : {}) } as ColumnType;
      columns.push({
        id: id('col'), name: name('col'), type, nullable: r.chance(0.6), default: null, identity: null, generated: null,
        collation: null, comment: r.chance(0.2) ? `column ${ci}` : '', snapshotOf: null,
      });
    }
    const plain = columns.slice(1);
    const indexes: Index[] = [];
    const key = (c: Column) => ({ columnId: c.id, expression: null, order: r.pick([null, 'asc', 'desc'] as const), nulls: r.pick([null, 'first', 'last'] as const), opclass: null, collation: null });
    const scalar = plain.filter((c) => c.type.kind !== 'base' || (!['jsonb', 'vector', 'halfvec'].includes(c.type.name) && c.type.arrayDims === 0));
    if (scalar.length > 0 && r.chance(0.7)) {
      indexes.push({ id: id('idx'), name: name('idx'), method: 'btree', unique: r.chance(0.3), nullsNotDistinct: false, keys: [key(r.pick(scalar))], include: [], where: null, with: {}, comment: r.chance(0.3) ? 'why' : '' });
    }
    const json = plain.find((c) => c.type.kind === 'base' && c.type.name === 'jsonb' && c.type.arrayDims === 0);
    if (json) indexes.push({ id: id('idx'), name: name('gin'), method: 'gin', unique: false, nullsNotDistinct: false, keys: [{ columnId: json.id, expression: null, order: null, nulls: null, opclass: r.pick([null, 'jsonb_path_ops']), collation: null }], include: [], where: null, with: {}, comment: '' });
    const vec = plain.find((c) => c.type.kind === 'base' && ['vector', 'halfvec'].includes(c.type.name) && c.type.arrayDims === 0);
    if (vec) indexes.push({ id: id('idx'), name: name('hnsw'), method: 'hnsw', unique: false, nullsNotDistinct: false, keys: [{ columnId: vec.id, expression: null, order: null, nulls: null, opclass: null, collation: null }], include: [], where: null, with: { m: r.int(4, 32) }, comment: '' });
    const uniques = scalar.length > 0 && r.chance(0.4) ? [{ id: id('uq'), name: r.chance(0.3) ? name('uq') : null, columnIds: [r.pick(scalar).id], nullsNotDistinct: r.chance(0.3) }] : [];
    const intColumn = plain.find((c) => c.type.kind === 'base' && c.type.name === 'integer' && c.type.arrayDims === 0);
    const checks = intColumn ? [{ id: id('chk'), name: null, expression: `"${intColumn.name.replace(/"/g, '""')}" >= 0` }] : [];
    tables.push({
      id: id('tbl'), schemaId: r.pick(schemas).id, name: name('table'), comment: r.chance(0.3) ? "it's a table" : '', columns,
      primaryKey: { name: null, columnIds: [columns[0]!.id] }, uniques, checks, indexes, partitioning: null, unlogged: r.chance(0.1),
      junction: null, dependencies: [], accessPatterns: [], volume: null,
    });
  }
  for (const table of tables) {
    if (!r.chance(0.6)) continue;
    // A logged table may not reference an unlogged one (the generator rejects it; tested in features.test.ts).
    const target = r.pick(tables.filter((t) => table.unlogged || !t.unlogged));
    const column: Column = {
      id: id('col'), name: `${target.name}_ref_${counter++}`.slice(0, 60), type: { kind: 'base', name: 'bigint', modifiers: [], arrayDims: 0 }, nullable: true,
      default: null, identity: null, generated: null, collation: null, comment: '', snapshotOf: null,
    };
    table.columns.push(column);
    relationships.push({
      id: id('rel'), name: null, fromTableId: table.id, fromColumnIds: [column.id], toTableId: target.id, toColumnIds: [target.columns[0]!.id],
      cardinality: '1:N', onDelete: r.pick(['NO ACTION', 'CASCADE', 'SET NULL'] as const), onUpdate: 'NO ACTION', deferrable: 'not_deferrable', matchFull: false,
    });
  }
  const doc = DiagramDocument.parse({
    format: 'tablecraft.diagram', formatVersion: 1, name: `random ${seed}`, target: { postgresVersion: 18 },
    schemas, enums, tables, relationships,
  });
  const problems = validateReferences(doc);
  if (problems.length > 0) throw new Error(`randomDocument(${seed}) is invalid: ${JSON.stringify(problems)}`);
  return doc;
}
