import { chooseIndexName, joinColumnNames, proposedShape } from '../design';
import type { Relationship } from '../../model/relationship';
import { columnNames, fmt, fmtRate, perSecond, type AdvisorContext } from '../context';
import { advisorFinding, type ProposedIndex } from '../findings';
import type { TableRule } from '../rule';
import type { IndexShape } from '../shapes';

const ACTIONS_THAT_TOUCH_CHILDREN = new Set(['CASCADE', 'SET NULL', 'SET DEFAULT']);

/**
 * FK_WITHOUT_INDEX: PostgreSQL indexes the referenced key but never the
 * referencing columns. Without an index there, a join from the parent scans the
 * child, and every DELETE (or key UPDATE) of a parent row scans the whole child
 * table to check or cascade — holding its lock for the duration. Flagged when a
 * declared pattern joins along the key, or the parent's rows are deleted/updated
 * (a declared pattern or a cascading action).
 */
export const fkWithoutIndex: TableRule = (plan, ctx) => (ctx.outgoing.get(plan.table.id) ?? []).flatMap((rel) => {
  const shapes = [...plan.shapes, ...plan.proposals.map((p) => proposedShape(p.index))];
  if (shapes.some((s) => leadsWith(s, rel.fromColumnIds))) return [];
  const why = reasonsToIndex(rel, ctx);
  if (why.length === 0) return [];
  const table = plan.table;
  const parent = ctx.tables.get(rel.toTableId)!;
  const cols = columnNames(table, rel.fromColumnIds);
  const taken = ctx.takenNames.get(table.schemaId) ?? new Set<string>();
  const index: ProposedIndex = {
    name: chooseIndexName(table.name, joinColumnNames(cols), 'idx', { taken, reserve: true }), method: 'btree', unique: false, nullsNotDistinct: false,
    keys: rel.fromColumnIds.map((columnId) => ({ columnId, expression: null, order: null, nulls: null, opclass: null, collation: null })),
    include: [], where: null, with: {}, comment: '',
  };
  const rows = table.volume ? ` (${fmt(table.volume.rows)} rows)` : '';
  return [advisorFinding({
    code: 'FK_WITHOUT_INDEX', category: 'index', severity: 'warning', tableId: table.id, columnIds: rel.fromColumnIds, objectId: rel.id,
    message: `The foreign key ${table.name}(${cols.join(', ')}) → ${parent.name} has no index on ${table.name}: ${why.join('; ')}.`,
    reason: `Without an index on ${table.name}(${cols.join(', ')}), each of these reads ${table.name}${rows} sequentially, and a parent DELETE holds its row lock on ${parent.name} while PostgreSQL scans ${table.name} to check or cascade the reference.`,
    fix: { kind: 'add_index', tableId: table.id, index, description: `Add index ${index.name} on ${table.name}(${cols.join(', ')})` },
  })];
});

function leadsWith(shape: IndexShape, columnIds: readonly string[]): boolean {
  if (shape.method !== 'btree' || shape.clauses.length > 0 || shape.keys.length < columnIds.length) return false;
  const leading = shape.keys.slice(0, columnIds.length).map((k) => k.columnId);
  return columnIds.every((c) => leading.includes(c));
}

function reasonsToIndex(rel: Relationship, ctx: AdvisorContext): string[] {
  const why: string[] = [];
  const joining = [...(ctx.tables.get(rel.fromTableId)?.accessPatterns ?? []), ...(ctx.tables.get(rel.toTableId)?.accessPatterns ?? [])]
    .filter((p) => p.joins.includes(rel.id));
  if (joining.length > 0) why.push(`${joining.map((p) => `"${p.name}"`).join(', ')} join${joining.length > 1 ? '' : 's'} along it`);
  const parent = ctx.tables.get(rel.toTableId);
  const parentWrites = (parent?.accessPatterns ?? []).filter((p) => p.operation === 'delete' || (p.operation === 'update' && rel.onUpdate !== 'NO ACTION'));
  if (parentWrites.length > 0) {
    const rate = parentWrites.reduce((sum, p) => sum + perSecond(p), 0);
    why.push(`${parent!.name} rows are deleted or updated (${parentWrites.map((p) => `"${p.name}"`).join(', ')}, ${fmtRate(rate)}/s), and each one checks this table`);
  }
  if (ACTIONS_THAT_TOUCH_CHILDREN.has(rel.onDelete) || ACTIONS_THAT_TOUCH_CHILDREN.has(rel.onUpdate)) {
    why.push(`ON ${ACTIONS_THAT_TOUCH_CHILDREN.has(rel.onDelete) ? `DELETE ${rel.onDelete}` : `UPDATE ${rel.onUpdate}`} makes every parent change find its child rows`);
  }
  return why;
}
