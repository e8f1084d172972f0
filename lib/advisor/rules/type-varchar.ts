import { catalogType } from '../../model/type-catalog';
import { advisorFinding } from '../findings';
import type { TableRule } from '../rule';
import { ident } from '../../sql/quote';

/** TYPE_VARCHAR_LENGTH: varchar(n) — see lint rule TC014 (prefer-text-with-check) for why; the fix keeps the limit as a CHECK. */
export const typeVarchar: TableRule = ({ table }) => table.columns.flatMap((column) => {
  const type = column.type;
  if (type.kind !== 'base' || type.name !== 'varchar' || type.arrayDims > 0 || type.modifiers.length === 0) return [];
  const n = type.modifiers[0]!;
  return [advisorFinding({
    code: 'TYPE_VARCHAR_LENGTH', category: 'types', severity: 'info', tableId: table.id, columnIds: [column.id], seeAlso: 'TC014',
    message: `${table.name}.${column.name} is varchar(${n}); text with a CHECK on its length is easier to change (lint rule TC014).`,
    fix: {
      kind: 'change_column_types', description: `Change ${table.name}.${column.name} to text with CHECK (char_length(${column.name}) <= ${n})`,
      changes: [{ tableId: table.id, columnId: column.id, type: { kind: 'base', name: catalogType('text')!.key, modifiers: [], arrayDims: 0 }, check: `char_length(${ident(column.name)}) <= ${n}` }],
    },
  })];
});
