import { z } from 'zod';
import { ColumnType } from '../model/column-type';
import { Id } from '../model/ids';
import { SqlName } from '../model/names';
import { Index, Partition, Partitioning } from '../model/table-parts';

/**
 * The fixes of both engines as they come back from a client (a finding's `fix`,
 * sent to preview it). Checked here for shape only; whether the ids still name
 * something in the diagram is the fix's own check when it is applied.
 */
const ids = z.array(Id);
const nonEmptyIds = ids.min(1, 'name at least one column');
const description = z.string().min(1).max(2_000);

const normalizationFixes = [
  z.strictObject({ kind: z.literal('decompose'), tableId: Id, determinant: nonEmptyIds, dependent: nonEmptyIds, newTableName: SqlName }),
  z.strictObject({ kind: z.literal('drop_copied_columns'), tableId: Id, columnIds: nonEmptyIds, relationshipId: Id, sourceColumnIds: nonEmptyIds }),
  z.strictObject({
    kind: z.literal('extract_values'), tableId: Id, columnIds: nonEmptyIds, newTableName: SqlName, valueColumnName: SqlName,
    source: z.enum(['repeating_group', 'array', 'delimited']),
  }),
] as const;

const advisorFixes = [
  z.strictObject({ kind: z.literal('add_index'), description, tableId: Id, index: Index.omit({ id: true }) }),
  z.strictObject({ kind: z.literal('drop_index'), description, tableId: Id, indexId: Id }),
  z.strictObject({ kind: z.literal('set_primary_key'), description, tableId: Id, columnIds: nonEmptyIds }),
  z.strictObject({ kind: z.literal('add_identity_key'), description, tableId: Id, columnName: SqlName }),
  z.strictObject({
    kind: z.literal('change_column_types'), description,
    changes: z.array(z.strictObject({
      tableId: Id, columnId: Id, type: ColumnType,
      identity: z.enum(['always', 'by_default']).optional(),
      check: z.string().min(1).optional(),
    })).min(1),
  }),
  z.strictObject({
    kind: z.literal('partition_table'), description, tableId: Id,
    partitioning: Partitioning.omit({ partitions: true }).extend({ partitions: z.array(Partition.omit({ id: true })) }),
    keyColumnIds: ids,
  }),
] as const;

export const AnalysisFixSchema = z.discriminatedUnion('kind', [...normalizationFixes, ...advisorFixes]);

const NORMALIZATION_KINDS: ReadonlySet<string> = new Set(normalizationFixes.map((s) => s.shape.kind.value));

/** Whether a fix belongs to the normalization engine (else the advisor applies it). */
export function isNormalizationFixKind(kind: string): boolean {
  return NORMALIZATION_KINDS.has(kind);
}
