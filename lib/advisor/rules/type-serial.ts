import { advisorFinding } from '../findings';
import type { TableRule } from '../rule';

const IDENTITY_TYPE: Record<string, string> = { smallserial: 'smallint', serial: 'integer', bigserial: 'bigint' };

/** TYPE_SERIAL: serial/bigserial — see lint rule TC012 (prefer-identity); the fix keeps the width and makes it an identity. */
export const typeSerial: TableRule = ({ table }) => table.columns.flatMap((column) => {
  const type = column.type;
  if (type.kind !== 'base' || !(type.name in IDENTITY_TYPE) || type.arrayDims > 0) return [];
  const target = IDENTITY_TYPE[type.name]!;
  return [advisorFinding({
    code: 'TYPE_SERIAL', category: 'types', severity: 'info', tableId: table.id, columnIds: [column.id], seeAlso: 'TC012',
    message: `${table.name}.${column.name} is ${type.name}; use ${target} GENERATED ALWAYS AS IDENTITY (lint rule TC012).`,
    fix: {
      kind: 'change_column_types', description: `Make ${table.name}.${column.name} ${target} GENERATED ALWAYS AS IDENTITY`,
      changes: [{ tableId: table.id, columnId: column.id, type: { kind: 'base', name: target, modifiers: [], arrayDims: 0 }, identity: 'always' }],
    },
  })];
});
