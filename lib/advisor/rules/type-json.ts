import { advisorFinding } from '../findings';
import type { TableRule } from '../rule';

/** TYPE_JSON: json instead of jsonb — see lint rule TC011 (prefer-jsonb). */
export const typeJson: TableRule = ({ table }) => table.columns.flatMap((column) => {
  const type = column.type;
  if (type.kind !== 'base' || type.name !== 'json') return [];
  return [advisorFinding({
    code: 'TYPE_JSON', category: 'types', severity: 'info', tableId: table.id, columnIds: [column.id], seeAlso: 'TC011',
    message: `${table.name}.${column.name} is json; jsonb can be indexed (GIN) and compared (lint rule TC011).`,
    fix: {
      kind: 'change_column_types', description: `Change ${table.name}.${column.name} to jsonb`,
      changes: [{ tableId: table.id, columnId: column.id, type: { ...type, name: 'jsonb' } }],
    },
  })];
});
