import type { Operation } from './operations';
import type { DomainDef, EnumDef, TableDef } from './schema-model';

/**
 * Everything a brand-new table needs after its CREATE TABLE: partitions, indexes
 * and comments. Shared by "create from nothing" and by a diff that adds a table.
 */
export function createTableOperations(table: TableDef): Operation[] {
  const ops: Operation[] = [{ kind: 'create_table', table }];
  for (const partition of table.partitions) ops.push({ kind: 'create_partition', parent: table.ref, partition, newParent: true });
  for (const index of table.indexes) ops.push({ kind: 'create_index', index, concurrently: false, newTable: true });
  if (table.comment) ops.push({ kind: 'set_comment', target: { on: 'table', ref: table.ref }, comment: table.comment });
  for (const column of table.columns) {
    if (column.comment) ops.push({ kind: 'set_comment', target: { on: 'column', table: table.ref, column: column.name }, comment: column.comment });
  }
  for (const partition of table.partitions) {
    if (partition.comment) ops.push({ kind: 'set_comment', target: { on: 'table', ref: partition.ref }, comment: partition.comment });
  }
  for (const index of table.indexes) {
    if (index.comment) ops.push({ kind: 'set_comment', target: { on: 'index', ref: { schema: table.ref.schema, name: index.name } }, comment: index.comment });
  }
  return ops;
}

export function createEnumOperations(enumDef: EnumDef): Operation[] {
  const ops: Operation[] = [{ kind: 'create_enum', enum: enumDef }];
  if (enumDef.comment) ops.push({ kind: 'set_comment', target: { on: 'type', ref: enumDef.ref }, comment: enumDef.comment });
  return ops;
}

export function createDomainOperations(domain: DomainDef): Operation[] {
  const ops: Operation[] = [{ kind: 'create_domain', domain }];
  if (domain.comment) ops.push({ kind: 'set_comment', target: { on: 'domain', ref: domain.ref }, comment: domain.comment });
  return ops;
}
