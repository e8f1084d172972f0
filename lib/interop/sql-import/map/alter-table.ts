import type { AlterTableCmd, AlterTableStmt } from 'libpg-query';
import type { Table } from '../../../model/table';
import { keyOf, labelOf, pick, relationName, type QualifiedName } from '../ast';
import { failed, imported, skipped, type MapInput, type Outcome } from '../context';
import { trailingExpression } from '../tokens';
import { addColumn } from './column';
import { addConstraint } from './constraint';
import { attachPartition } from './partition';

const RELATION_KINDS: Record<string, string> = {
  OBJECT_INDEX: 'index', OBJECT_SEQUENCE: 'sequence', OBJECT_VIEW: 'view', OBJECT_MATVIEW: 'materialized view',
  OBJECT_FOREIGN_TABLE: 'foreign table', OBJECT_TYPE: 'type',
};

/**
 * ALTER TABLE (and ALTER INDEX / SEQUENCE / VIEW, which share the statement).
 * pg_dump adds keys and foreign keys this way, attaches partitions, and sets
 * owners; each subcommand is applied or reported.
 */
export function mapAlterTable(input: MapInput, stmt: AlterTableStmt): Outcome {
  const { ctx } = input;
  const name = relationName(stmt.relation);
  const cmds = (stmt.cmds ?? []).map((n) => pick(n, 'AlterTableCmd')).filter((c): c is AlterTableCmd => c !== undefined);
  if (cmds.every((c) => c.subtype === 'AT_ChangeOwner')) return skipped('ownership', name, 'object ownership is not part of the diagram');

  const relationKind = RELATION_KINDS[stmt.objtype ?? ''];
  if (relationKind === 'index') {
    const attach = cmds.some((c) => c.subtype === 'AT_AttachPartition');
    return attach
      ? skipped('index attach', name, 'per-partition indexes are modeled once, on the partitioned table')
      : skipped('alter index', name, 'index storage settings are not modeled');
  }
  if (ctx.sequences.has(keyOf(name))) return skipped('alter sequence', name, 'owners and storage settings of a sequence are not modeled');
  if (relationKind) return skipped(`alter ${relationKind}`, name, `${relationKind}s are not part of the diagram`);
  const skippedAs = ctx.skippedRelations.get(keyOf(name));
  if (skippedAs) return skipped(`alter ${skippedAs}`, name, `${skippedAs}s are not part of the diagram`);

  const attachOnly = cmds.every((c) => c.subtype === 'AT_AttachPartition' || c.subtype === 'AT_ChangeOwner');
  if (ctx.isPartition(name) && !attachOnly) {
    const parent = ctx.partitionParents.get(keyOf(name))!;
    return skipped('partition constraint', name, `"${labelOf(name)}" is a partition of "${parent}"; the diagram models keys and constraints on the partitioned table`);
  }
  const table = ctx.tables.get(keyOf(name));
  if (!table) return failed('alter table', name, `table "${keyOf(name)}" is not in the file`);

  let applied = 0;
  for (const cmd of cmds) if (applyCommand(input, table, name, cmd, cmds.length === 1)) applied++;
  const kind = kindOf(cmds);
  if (applied > 0) return imported(kind, name);
  return failed(kind, name, 'nothing in the statement could be applied (see the warnings)');
}

function kindOf(cmds: AlterTableCmd[]): string {
  const kinds = new Set(cmds.filter((c) => c.subtype !== 'AT_ChangeOwner').map((c) => c.subtype));
  if (kinds.size !== 1) return 'alter table';
  const only = [...kinds][0];
  if (only === 'AT_AddConstraint') return 'constraint';
  if (only === 'AT_AttachPartition') return 'partition attach';
  if (only === 'AT_ColumnDefault') return 'column default';
  return 'alter table';
}

function applyCommand(input: MapInput, table: Table, name: QualifiedName, cmd: AlterTableCmd, soleContent: boolean): boolean {
  const { ctx, st, line } = input;
  const column = () => {
    const found = table.columns.find((c) => c.name === cmd.name);
    if (!found) ctx.report.warn(line, `table "${table.name}" has no column "${cmd.name ?? ''}"`);
    return found;
  };
  switch (cmd.subtype) {
    case 'AT_AddConstraint': {
      const constraint = pick(cmd.def, 'Constraint');
      return constraint ? addConstraint(input, table, constraint, { soleContent }) : false;
    }
    case 'AT_AttachPartition': {
      const partition = pick(cmd.def, 'PartitionCmd');
      const problem = partition?.name ? attachPartition(ctx, name, relationName(partition.name), partition.bound, line) : 'no partition named';
      if (problem) ctx.report.warn(line, `cannot attach partition: ${problem}`);
      return problem === null;
    }
    case 'AT_ColumnDefault': {
      const target = column();
      if (!target) return false;
      target.default = cmd.def ? trailingExpression(st, cmd.def) : null;
      return true;
    }
    case 'AT_SetNotNull': case 'AT_DropNotNull': {
      const target = column();
      if (target) target.nullable = cmd.subtype === 'AT_DropNotNull';
      return target !== undefined;
    }
    case 'AT_AddColumn': {
      const def = pick(cmd.def, 'ColumnDef');
      return def ? addColumn(input, table, def, { soleContent }) !== null : false;
    }
    case 'AT_AddIdentity': {
      const target = column();
      const constraint = pick(cmd.def, 'Constraint');
      if (!target || !constraint) return false;
      target.identity = constraint.generated_when === 'a' ? 'always' : 'by_default';
      target.nullable = false;
      target.default = null;
      return true;
    }
    case 'AT_ChangeOwner':
      return false;
    default:
      ctx.report.warn(line, `ALTER TABLE ${(cmd.subtype ?? 'unknown').replace(/^AT_/, '')} on "${table.name}" is not modeled; ignored`);
      return false;
  }
}
