import { columnNames, fmt } from '../context';
import { advisorFinding } from '../findings';
import type { TableRule } from '../rule';

const LIMITS: Record<string, { max: number; to: string }> = {
  smallint: { max: 32_767, to: 'bigint' }, smallserial: { max: 32_767, to: 'bigserial' },
  integer: { max: 2_147_483_647, to: 'bigint' }, serial: { max: 2_147_483_647, to: 'bigserial' },
};

/**
 * INT_KEY_OVERFLOW: a single-column smallint/integer primary key that the
 * declared growth exhausts within `overflowHorizonMonths`. The arithmetic is in
 * the reason. The fix widens the key and every foreign key column pointing at it
 * (see lint rule TC015, prefer-bigint-keys) — a table rewrite, cheapest now.
 */
export const intKeyOverflow: TableRule = ({ table }, ctx) => {
  const key = table.primaryKey?.columnIds;
  if (!key || key.length !== 1 || !table.volume) return [];
  const column = table.columns.find((c) => c.id === key[0])!;
  const type = column.type;
  if (type.kind !== 'base' || type.arrayDims > 0 || !(type.name in LIMITS)) return [];
  const { max, to } = LIMITS[type.name]!;
  const { rows, growthPerMonth } = table.volume;
  const left = max - rows;
  const months = left <= 0 ? 0 : growthPerMonth === 0 ? Infinity : left / growthPerMonth;
  if (months > ctx.options.overflowHorizonMonths) return [];
  const referencing = (ctx.incoming.get(table.id) ?? []).filter((r) => r.toColumnIds.length === 1 && r.toColumnIds[0] === column.id);
  const changes = [
    { tableId: table.id, columnId: column.id, type: { kind: 'base' as const, name: to, modifiers: [], arrayDims: 0 } },
    ...referencing.map((r) => {
      const child = ctx.tables.get(r.fromTableId)!.columns.find((c) => c.id === r.fromColumnIds[0])!;
      const childType = child.type.kind === 'base' && child.type.name.endsWith('serial') ? 'bigserial' : 'bigint';
      return { tableId: r.fromTableId, columnId: child.id, type: { kind: 'base' as const, name: childType, modifiers: [], arrayDims: 0 } };
    }),
  ];
  return [advisorFinding({
    code: 'INT_KEY_OVERFLOW', category: 'types', severity: months <= 24 ? 'error' : 'warning', tableId: table.id, columnIds: [column.id], seeAlso: 'TC015',
    message: `${table.name}.${column.name} (${type.name}) runs out of values in about ${Math.floor(months)} months at the declared growth.`,
    reason: `(${fmt(max)} − ${fmt(rows)} rows) ÷ ${fmt(growthPerMonth)} rows a month ≈ ${months.toFixed(1)} months — sooner in practice, because sequences skip values on rollbacks and cached ranges. Widening later rewrites ${table.name}${referencing.length > 0 ? ` and ${referencing.length} referencing table${referencing.length > 1 ? 's' : ''}` : ''} under an exclusive lock.`,
    fix: {
      kind: 'change_column_types', changes,
      description: `Widen ${table.name}.${column.name} to ${to}${referencing.length > 0 ? ` and the referencing columns ${referencing.map((r) => `${ctx.tables.get(r.fromTableId)!.name}.${columnNames(ctx.tables.get(r.fromTableId)!, r.fromColumnIds)[0]}`).join(', ')} to bigint` : ''}`,
    },
  })];
};
