import type { DiagramDocument } from '../../../lib/model/document';
import type { Table } from '../../../lib/model/table';
import { prng } from '../../support/random-document';
import { btree, column } from './pattern-docs';

/**
 * A random but valid edit of a random document: columns added (nullable, NOT NULL
 * with a constant or a per-row default), unreferenced columns dropped, renames of
 * tables and columns, indexes added and dropped, uniques, checks, foreign keys, a
 * new table, columns made NOT NULL. Same seed → same edit.
 */
export function randomEdit(doc: DiagramDocument, seed: number): DiagramDocument {
  const r = prng(seed * 7919);
  const out = structuredClone(doc);
  let n = 0;
  const id = (prefix: string) => `${prefix}_edit_${seed}_${n++}`;
  const referenced = (table: Table, columnId: string) =>
    table.primaryKey?.columnIds.includes(columnId) || table.uniques.some((u) => u.columnIds.includes(columnId))
    || table.indexes.some((i) => i.keys.some((k) => k.columnId === columnId)) || table.checks.length > 0
    || out.relationships.some((rel) => rel.fromColumnIds.includes(columnId) || rel.toColumnIds.includes(columnId));
  const scalar = (table: Table) => table.columns.filter((c) => c.type.kind === 'base' && c.type.arrayDims === 0
    && ['integer', 'bigint', 'text', 'uuid', 'date', 'boolean', 'timestamptz', 'smallint'].includes(c.type.name) && c.identity === null);

  for (const table of out.tables) {
    if (r.chance(0.4)) table.columns.push(column(id('col'), `added_${n}`, 'text'));
    if (r.chance(0.3)) table.columns.push(column(id('col'), `required_${n}`, 'integer', { nullable: false, default: '0' }));
    if (r.chance(0.3)) table.columns.push(column(id('col'), `token_${n}`, 'uuid', { nullable: false, default: 'gen_random_uuid()' }));
    const droppable = table.columns.filter((c) => !referenced(table, c.id) && c.name !== 'id');
    if (droppable.length > 0 && r.chance(0.3)) table.columns = table.columns.filter((c) => c.id !== r.pick(droppable).id);
    if (r.chance(0.2)) table.name = `${table.name}_v2`.slice(0, 60);
    const renamable = table.columns.filter((c) => c.name !== 'id');
    if (renamable.length > 0 && r.chance(0.2)) { const c = r.pick(renamable); c.name = `${c.name}_renamed`.slice(0, 60); }
    const plain = scalar(table);
    if (plain.length > 0 && r.chance(0.4)) table.indexes.push(btree(id('idx'), `edit_idx_${seed}_${n}`, [r.pick(plain).id]));
    if (table.indexes.length > 0 && r.chance(0.3)) table.indexes.splice(r.int(0, table.indexes.length - 1), 1);
    if (plain.length > 0 && r.chance(0.3)) table.uniques.push({ id: id('uq'), name: null, columnIds: [r.pick(plain).id], nullsNotDistinct: false });
    // Only columns that existed: a new NOT NULL column without a default is refused (tested in bundle-files.test.ts).
    const nullable = plain.filter((c) => c.nullable && !c.id.includes('_edit_'));
    if (nullable.length > 0 && r.chance(0.3)) r.pick(nullable).nullable = false;
    if (r.chance(0.2)) {
      const c = column(id('col'), `amount_${n}`, 'integer');
      table.columns.push(c);
      table.checks.push({ id: id('chk'), name: null, expression: `"${c.name}" >= 0` });
    }
  }
  for (const table of out.tables) {
    if (!r.chance(0.3)) continue;
    const target = r.pick(out.tables.filter((t) => table.unlogged || !t.unlogged));
    const fkColumn = column(id('col'), `${target.name}_link_${n}`.slice(0, 60), 'bigint');
    table.columns.push(fkColumn);
    out.relationships.push({
      id: id('rel'), name: null, fromTableId: table.id, fromColumnIds: [fkColumn.id], toTableId: target.id, toColumnIds: [target.primaryKey!.columnIds[0]!],
      cardinality: '1:N', onDelete: 'NO ACTION', onUpdate: 'NO ACTION', deferrable: 'not_deferrable', matchFull: false,
    });
  }
  if (r.chance(0.5)) {
    const tid = id('tbl');
    const cid = id('col');
    out.tables.push({
      id: tid, schemaId: 'sch_public', name: `new_table_${seed}_${n}`, comment: '', columns: [column(cid, 'id', 'bigint', { nullable: false }), column(id('col'), 'note', 'text')],
      primaryKey: { name: null, columnIds: [cid] }, uniques: [], checks: [], indexes: [], partitioning: null, unlogged: false, junction: null,
      dependencies: [], accessPatterns: [], volume: null,
    });
  }
  return out;
}
