import type { Node, PartitionBoundSpec, PartitionSpec, RawStmt } from 'libpg-query';
import { newId } from '../../../model/ids';
import type { PartitionBound, Partitioning } from '../../../model/table-parts';
import type { Table } from '../../../model/table';
import { constantText, keyOf, pick, relationName, type QualifiedName } from '../ast';
import type { ImportContext, MapInput } from '../context';
import { keyExpression, tokenAt } from '../tokens';

const STRATEGIES: Record<string, Partitioning['strategy']> = {
  PARTITION_STRATEGY_RANGE: 'range', PARTITION_STRATEGY_LIST: 'list', PARTITION_STRATEGY_HASH: 'hash',
};

/**
 * Finds every partition before any statement is mapped: pg_dump creates a
 * partition as an ordinary table and attaches it near the end of the file, and
 * the statements in between (its indexes, its constraints) must already know
 * that the table will be folded into its parent.
 */
export function discoverPartitions(stmts: readonly RawStmt[], ctx: ImportContext): void {
  for (const raw of stmts) {
    const create = pick(raw.stmt, 'CreateStmt');
    if (create?.partbound && create.inhRelations?.length) {
      const parent = pick(create.inhRelations[0], 'RangeVar');
      ctx.partitionParents.set(keyOf(relationName(create.relation)), keyOf(relationName(parent)));
    }
    const alter = pick(raw.stmt, 'AlterTableStmt');
    if (alter && alter.objtype === 'OBJECT_TABLE') {
      for (const node of alter.cmds ?? []) {
        const cmd = pick(node, 'AlterTableCmd');
        const partition = cmd?.subtype === 'AT_AttachPartition' ? pick(cmd.def, 'PartitionCmd') : undefined;
        if (partition?.name) ctx.partitionParents.set(keyOf(relationName(partition.name)), keyOf(relationName(alter.relation)));
      }
    }
  }
}

/** `PARTITION BY RANGE (created_at)`, `LIST ((lower(region)))`, `HASH (tenant_id)`. */
export function partitioningOf(input: MapInput, table: Table, spec: PartitionSpec): Partitioning | null {
  const { ctx, st, line } = input;
  const strategy = STRATEGIES[spec.strategy ?? ''];
  if (!strategy) {
    ctx.report.warn(line, `unknown partition strategy ${spec.strategy ?? ''} on "${table.name}"; the table is imported unpartitioned`);
    return null;
  }
  const key: Partitioning['key'] = [];
  for (const node of spec.partParams ?? []) {
    const elem = pick(node, 'PartitionElem');
    if (!elem) continue;
    if (elem.collation?.length || elem.opclass?.length) ctx.report.warn(line, `collation and operator class of the partition key of "${table.name}" are not modeled`);
    if (elem.name) {
      const column = table.columns.find((c) => c.name === elem.name);
      if (!column) {
        ctx.report.warn(line, `partition key column "${elem.name}" is not a column of "${table.name}"; the table is imported unpartitioned`);
        return null;
      }
      key.push({ columnId: column.id, expression: null });
    } else {
      const from = tokenAt(st, elem.location ?? 0);
      key.push({ columnId: null, expression: keyExpression(st, { from, to: st.tokens.length - 1 }) });
    }
  }
  return key.length > 0 ? { strategy, key, partitions: [] } : null;
}

/** A bound from `FOR VALUES …`; values are kept as data (`2022-01-01 00:00:00+00`, `10`, `MINVALUE`). */
export function boundOf(spec: PartitionBoundSpec): PartitionBound | string {
  if (spec.is_default) return { kind: 'default' };
  const values = (nodes: Node[] | undefined) => (nodes ?? []).map(constantText);
  switch (spec.strategy) {
    case 'r': {
      const from = values(spec.lowerdatums);
      const to = values(spec.upperdatums);
      if (from.includes(null) || to.includes(null)) return 'a range bound that is not a constant';
      return { kind: 'range', from: from as string[], to: to as string[] };
    }
    case 'l': {
      const list = values(spec.listdatums);
      if (list.includes(null)) return 'a list bound that is not a constant';
      return { kind: 'list', values: list as string[] };
    }
    case 'h':
      return { kind: 'hash', modulus: spec.modulus ?? 1, remainder: spec.remainder ?? 0 };
    default:
      return `an unknown bound strategy "${spec.strategy ?? ''}"`;
  }
}

/** Makes `child` a partition of `parent`. Returns an error message, or null when attached. */
export function attachPartition(ctx: ImportContext, parentName: QualifiedName, child: QualifiedName, spec: PartitionBoundSpec | undefined, line: number): string | null {
  const parent = ctx.tables.get(keyOf(parentName));
  if (!parent) return `the partitioned table "${keyOf(parentName)}" is not in the file`;
  if (!parent.partitioning) return `"${parent.name}" is not a partitioned table (no PARTITION BY)`;
  if (!spec) return 'the partition has no bound';
  const bound = boundOf(spec);
  if (typeof bound === 'string') return `the partition has ${bound}, which the diagram cannot hold`;
  if (child.schema !== ctx.schemaName(parent.schemaId)) ctx.report.warn(line, `partition "${keyOf(child)}" is in another schema than its parent; the diagram puts it in the parent's schema`);
  const partition = { id: newId('part'), name: child.name, bound, comment: ctx.partitionComments.get(keyOf(child)) ?? '' };
  parent.partitioning.partitions.push(partition);
  ctx.partitions.set(keyOf(child), { parent, partition });
  ctx.heldPartitions.delete(keyOf(child));
  return null;
}
