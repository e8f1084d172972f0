import type { CreateStmt } from 'libpg-query';
import { newId } from '../../../model/ids';
import type { Table } from '../../../model/table';
import { keyOf, pick, relationName } from '../ast';
import { failed, imported, type MapInput, type Outcome } from '../context';
import { addColumn } from './column';
import { addConstraint } from './constraint';
import { attachPartition, partitioningOf } from './partition';

/**
 * CREATE TABLE. Three shapes: an ordinary table; `PARTITION OF parent FOR
 * VALUES …`, which becomes a partition of the parent; and (pg_dump's way) an
 * ordinary-looking table that a later `ATTACH PARTITION` turns into one — it is
 * held aside until then, so it never shows up as a separate table.
 */
export function mapCreateTable(input: MapInput, stmt: CreateStmt): Outcome {
  const { ctx, line } = input;
  const name = relationName(stmt.relation);
  if (stmt.partbound && stmt.inhRelations?.length) {
    const parent = relationName(pick(stmt.inhRelations[0], 'RangeVar'));
    if (stmt.partspec) ctx.report.warn(line, `sub-partitioning of "${keyOf(name)}" is not modeled; the partition is imported without its own partitions`);
    const problem = attachPartition(ctx, parent, name, stmt.partbound, line);
    return problem ? failed('partition', name, problem) : imported('partition', name);
  }
  if (ctx.tables.has(keyOf(name)) || ctx.heldPartitions.has(keyOf(name))) {
    return failed('table', name, `table "${keyOf(name)}" is defined twice; the first definition is kept`);
  }
  const table: Table = {
    id: newId('tbl'), schemaId: ctx.schemaId(name.schema, line), name: name.name, comment: '', columns: [], primaryKey: null,
    uniques: [], checks: [], indexes: [], partitioning: null, unlogged: stmt.relation?.relpersistence === 'u', junction: null,
    dependencies: [], accessPatterns: [], volume: null,
  };
  if (stmt.relation?.relpersistence === 't') ctx.report.warn(line, `"${name.name}" is a temporary table; imported as a permanent one`);
  if (stmt.inhRelations?.length) ctx.report.warn(line, `table inheritance (INHERITS) of "${name.name}" is not modeled`);
  if (stmt.ofTypename) ctx.report.warn(line, `typed table "${name.name}" (OF type) is not modeled; its columns are left out`);
  if (stmt.options?.length) ctx.report.warn(line, `storage parameters of table "${name.name}" are not modeled`);
  for (const element of stmt.tableElts ?? []) {
    const column = pick(element, 'ColumnDef');
    if (column) { addColumn(input, table, column, { soleContent: false }); continue; }
    const constraint = pick(element, 'Constraint');
    if (constraint) { addConstraint(input, table, constraint, { soleContent: false }); continue; }
    ctx.report.warn(line, `LIKE and other table elements in "${name.name}" are not modeled`);
  }
  if (stmt.partspec) table.partitioning = partitioningOf(input, table, stmt.partspec);

  if (ctx.isPartition(name)) {
    ctx.heldPartitions.set(keyOf(name), { table, line });
    return imported('partition', name);
  }
  ctx.tables.set(keyOf(name), table);
  return imported('table', name);
}
