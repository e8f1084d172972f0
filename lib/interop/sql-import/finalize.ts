import { newId } from '../../model/ids';
import type { Relationship } from '../../model/relationship';
import type { Table } from '../../model/table';
import type { NodeLayout } from '../../model/canvas';
import { DEFAULT_SCHEMA, keyOf, labelOf } from './ast';
import type { ImportContext, PendingForeignKey } from './context';

/**
 * The steps that need every statement mapped first: partitions whose ATTACH
 * never came become tables again, foreign keys become relationships (with a
 * guessed cardinality), sequences learn which columns use them, and tables are
 * placed on a grid.
 */
export function finalize(ctx: ImportContext): { relationships: Relationship[]; layout: Record<string, NodeLayout> } {
  for (const [key, held] of ctx.heldPartitions) {
    ctx.report.warn(held.line, `table "${key}" was expected to become a partition but was never attached; imported as a table`);
    ctx.tables.set(key, held.table);
  }
  const relationships = ctx.foreignKeys.flatMap((fk) => {
    const relationship = toRelationship(ctx, fk);
    if (typeof relationship !== 'string') return [relationship];
    ctx.report.warn(fk.line, relationship);
    if (fk.soleContent) Object.assign(fk.entry, { outcome: 'failed', reason: relationship });
    return [];
  });
  traceSequences(ctx);
  resolveSequenceOwners(ctx);
  return { relationships, layout: gridLayout([...ctx.tables.values()]) };
}

function toRelationship(ctx: ImportContext, fk: PendingForeignKey): Relationship | string {
  const label = fk.name ? `foreign key "${fk.name}"` : 'a foreign key';
  const fromKey = ctx.tableKey(fk.from);
  if (ctx.tables.get(fromKey) !== fk.from) return `${label} is on partition "${fromKey}"; the diagram keeps foreign keys on the partitioned table`;
  const to = ctx.tables.get(keyOf(fk.to));
  if (!to) {
    const partitionOf = ctx.partitions.get(keyOf(fk.to));
    return partitionOf
      ? `${label} on "${fk.from.name}" references partition "${labelOf(fk.to)}" of "${partitionOf.parent.name}"; the diagram cannot point at a partition`
      : `${label} on "${fk.from.name}" references "${keyOf(fk.to)}", which is not in the file; left out`;
  }
  const fromColumnIds = idsOf(fk.from, fk.fromColumns);
  if (!fromColumnIds) return `${label} on "${fk.from.name}" names a column the table does not have; left out`;
  let toColumnIds: string[] | null;
  if (fk.toColumns) toColumnIds = idsOf(to, fk.toColumns);
  else toColumnIds = to.primaryKey ? [...to.primaryKey.columnIds] : null;
  if (!toColumnIds) return `${label} on "${fk.from.name}" references columns of "${to.name}" that do not exist (or a missing primary key); left out`;
  if (toColumnIds.length !== fromColumnIds.length) return `${label} on "${fk.from.name}" pairs ${fromColumnIds.length} column(s) with ${toColumnIds.length}; left out`;
  return {
    id: newId('rel'), name: fk.name, fromTableId: fk.from.id, fromColumnIds, toTableId: to.id, toColumnIds,
    cardinality: isUniqueKey(fk.from, fromColumnIds) ? '1:1' : '1:N',
    onDelete: fk.onDelete, onUpdate: fk.onUpdate, deferrable: fk.deferrable, matchFull: fk.matchFull,
  };
}

function idsOf(table: Table, names: readonly string[]): string[] | null {
  const ids = names.map((name) => table.columns.find((c) => c.name === name)?.id);
  return ids.every((id): id is string => id !== undefined) ? ids : null;
}

/**
 * 1:1 when the referencing columns are exactly a key of their own table: the
 * primary key, a unique constraint, or a plain unique index on those columns.
 */
function isUniqueKey(table: Table, columnIds: readonly string[]): boolean {
  const same = (ids: readonly string[]) => ids.length === columnIds.length && ids.every((id) => columnIds.includes(id));
  if (table.primaryKey && same(table.primaryKey.columnIds)) return true;
  if (table.uniques.some((u) => same(u.columnIds))) return true;
  return table.indexes.some((i) => i.unique && i.where === null && i.keys.every((k) => k.columnId !== null) && same(i.keys.map((k) => k.columnId!)));
}

// nextval('public.film_film_id_seq'::regclass), nextval('"Odd"."Seq"'::regclass), nextval('seq')
const NEXTVAL = /nextval\(\s*'((?:[^']|'')+)'/i;

function traceSequences(ctx: ImportContext) {
  for (const table of ctx.tables.values()) {
    for (const column of table.columns) {
      const match = column.default ? NEXTVAL.exec(column.default) : null;
      if (!match) continue;
      const parts = match[1]!.replace(/''/g, "'").split('.').map((p) => p.replace(/^"(.*)"$/, '$1').replace(/""/g, '"'));
      const key = keyOf({ schema: parts.length > 1 ? parts[0]! : DEFAULT_SCHEMA, name: parts.at(-1)! });
      ctx.report.sequences.get(key)?.usedBy.push(`${labelOf({ schema: ctx.schemaName(table.schemaId), name: table.name })}.${column.name}`);
    }
  }
}

/** `OWNED BY table.column` becomes the column's id; an owner not in the diagram is reported and left out. */
function resolveSequenceOwners(ctx: ImportContext) {
  for (const [key, owner] of ctx.sequenceOwners) {
    const sequence = ctx.sequences.get(key)!;
    const table = ctx.tables.get(keyOf(owner.table));
    const column = table?.columns.find((c) => c.name === owner.column);
    if (!table || !column) {
      ctx.report.warn(owner.line, `sequence "${key}" is owned by "${keyOf(owner.table)}.${owner.column}", which is not a column in the diagram; imported without an owner`);
    } else if (table.schemaId !== sequence.schemaId) {
      ctx.report.warn(owner.line, `sequence "${key}" is owned by a column of "${keyOf(owner.table)}" in another schema, which PostgreSQL does not allow; imported without an owner`);
    } else {
      sequence.ownedBy = { columnId: column.id };
    }
  }
}

const CELL_WIDTH = 320;
const ROW_GAP = 80;
const HEADER_HEIGHT = 44;
const COLUMN_HEIGHT = 24;

/** A plain grid, rows as tall as their tallest table; the canvas offers auto-layout on top of it. */
function gridLayout(tables: Table[]): Record<string, NodeLayout> {
  const perRow = Math.max(1, Math.ceil(Math.sqrt(tables.length)));
  const layout: Record<string, NodeLayout> = {};
  let y = 0;
  for (let start = 0; start < tables.length; start += perRow) {
    const row = tables.slice(start, start + perRow);
    row.forEach((table, i) => {
      layout[table.id] = { x: i * CELL_WIDTH, y, width: null, height: null, collapsed: false, hidden: false };
    });
    y += HEADER_HEIGHT + COLUMN_HEIGHT * Math.max(...row.map((t) => t.columns.length)) + ROW_GAP;
  }
  return layout;
}
