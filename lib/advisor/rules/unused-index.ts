import type { AccessPattern } from '../../model/requirements';
import { fmt, perSecond, readingPatterns } from '../context';
import { advisorFinding } from '../findings';
import type { TableRule } from '../rule';
import { serves } from '../serves';

/**
 * INDEX_UNUSED_ON_WRITE_HEAVY_TABLE: on a table whose declared writes are heavy
 * (at least `writeHeavyPerSecond`, or more writes than reads), a plain index that
 * serves no declared pattern and no foreign key costs a write on every INSERT
 * (and UPDATE/DELETE) for nothing. Only when the table declares patterns: with
 * none we do not know what it serves.
 */
export const unusedIndex: TableRule = (plan, ctx) => {
  const { table, shapes, requirements } = plan;
  if (table.accessPatterns.length === 0) return [];
  const writes = table.accessPatterns.filter((p) => p.operation !== 'select');
  const writeRate = sum(writes);
  const readRate = sum(table.accessPatterns.filter((p) => p.operation === 'select'));
  if (writeRate === 0 || (writeRate < ctx.options.writeHeavyPerSecond && writeRate <= readRate)) return [];
  const fkColumns = (ctx.outgoing.get(table.id) ?? []).map((r) => r.fromColumnIds);
  return shapes.flatMap((shape) => {
    if (shape.source !== 'index' || shape.unique) return [];
    if (readingPatterns(table).some((p) => { const req = requirements.get(p.id); return req !== undefined && serves(shape, req, table); })) return [];
    const leading = shape.keys.map((k) => k.columnId);
    if (fkColumns.some((cols) => cols.every((c) => leading.slice(0, cols.length).includes(c)))) return [];
    return [advisorFinding({
      code: 'INDEX_UNUSED_ON_WRITE_HEAVY_TABLE', category: 'index', severity: 'warning', tableId: table.id,
      columnIds: shape.keys.flatMap((k) => (k.columnId ? [k.columnId] : [])), objectId: shape.objectId, patternIds: writes.map((p) => p.id),
      message: `Index ${shape.name} on ${table.name} serves none of its declared access patterns, and the table is write-heavy.`,
      reason: `${describeWrites(writes)}: about ${fmt(writeRate)} writes a second, each of which also writes ${shape.name} (${shape.keys.length} key${shape.keys.length > 1 ? 's' : ''}) — WAL, page splits and VACUUM work — while the reads (${fmt(readRate)}/s) never use it. Declare the query it exists for, or drop it.`,
      fix: { kind: 'drop_index', tableId: table.id, indexId: shape.objectId!, description: `Drop index ${shape.name}` },
    })];
  });
};

const sum = (patterns: readonly AccessPattern[]) => patterns.reduce((total, p) => total + perSecond(p), 0);

function describeWrites(writes: readonly AccessPattern[]): string {
  return writes.map((p) => `"${p.name}" (${p.operation}, ${p.frequency.count}/${p.frequency.per})`).join(', ');
}
