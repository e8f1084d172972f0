import type { Column } from '../../model';
import type { TableContext } from '../context';
import { finding, type Finding } from '../findings';
import { freeTableName } from '../remove-columns';

const ID_TYPES = new Set(['smallint', 'integer', 'bigint', 'uuid']);
const TEXT_TYPES = new Set(['text', 'varchar', 'char']);
const LIST_NAME = /^(.*?)_?(ids|list|csv)$/i;

/**
 * Columns that hold many values in one field break 1NF: arrays of ids
 * (`tag_ids bigint[]`: a foreign key PostgreSQL cannot enforce) and text columns
 * named like lists (`tag_ids text`, `email_list`). Other arrays (a `text[]` of
 * labels) are often fine in PostgreSQL, so they get a low-confidence note.
 */
export function multiValuedColumns(ctx: TableContext): Finding[] {
  const out: Finding[] = [];
  for (const column of ctx.table.columns) {
    const verdict = judge(column);
    if (!verdict) continue;
    const stem = (LIST_NAME.exec(column.name)?.[1] ?? column.name).replace(/_$/, '') || column.name;
    const valueName = verdict.source === 'array' && /ids$/i.test(column.name) ? `${stem}_id` : stem;
    out.push(finding({
      code: 'NF1_MULTI_VALUED_COLUMN', severity: verdict.confidence >= 0.6 ? 'warning' : 'info', tableId: ctx.table.id,
      columnIds: [column.id], normalForm: '1NF',
      confidence: verdict.confidence, reason: verdict.reason,
      message: `"${ctx.table.name}".${column.name} holds several values in one column: they cannot be referenced by a foreign key, indexed one by one or counted without unpacking. Store one value per row in a child table.`,
      fix: ctx.table.primaryKey ? {
        kind: 'extract_values', tableId: ctx.table.id, columnIds: [column.id], source: verdict.source,
        newTableName: freeTableName(ctx.doc, ctx.table.schemaId, `${ctx.table.name}_${stem}s`), valueColumnName: valueName,
      } : null,
    }));
  }
  return out;
}

function judge(column: Column): { confidence: number; reason: string; source: 'array' | 'delimited' } | null {
  const type = column.type;
  const arrayDims = type.kind === 'custom' ? 0 : type.arrayDims;
  const base = type.kind === 'base' ? type.name : null;
  if (arrayDims > 0) {
    if (/ids$/i.test(column.name) || (base !== null && ID_TYPES.has(base))) {
      return { confidence: 0.8, source: 'array', reason: `${column.name} is an array of identifiers` };
    }
    return { confidence: 0.35, source: 'array', reason: `${column.name} is an array column` };
  }
  if (base !== null && TEXT_TYPES.has(base) && LIST_NAME.test(column.name)) {
    return { confidence: 0.6, source: 'delimited', reason: `${column.name} is text named like a list` };
  }
  return null;
}
