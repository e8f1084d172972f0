import { advisorFinding } from '../findings';
import type { TableRule } from '../rule';

/** TYPE_TIMESTAMP_WITHOUT_TZ: timestamp without time zone — see lint rule TC013 (prefer-timestamptz). */
export const typeTimestamp: TableRule = ({ table }) => table.columns.flatMap((column) => {
  const type = column.type;
  if (type.kind !== 'base' || type.name !== 'timestamp') return [];
  return [advisorFinding({
    code: 'TYPE_TIMESTAMP_WITHOUT_TZ', category: 'types', severity: 'warning', tableId: table.id, columnIds: [column.id], seeAlso: 'TC013',
    message: `${table.name}.${column.name} is timestamp without time zone; use timestamptz (lint rule TC013).`,
    fix: {
      kind: 'change_column_types', description: `Change ${table.name}.${column.name} to timestamptz`,
      changes: [{ tableId: table.id, columnId: column.id, type: { ...type, name: 'timestamptz' } }],
    },
  })];
});
