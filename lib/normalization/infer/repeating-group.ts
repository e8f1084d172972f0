import type { Column } from '../../model';
import type { TableContext } from '../context';
import { finding, listNames, type Finding } from '../findings';
import { freeTableName } from '../remove-columns';

const NUMBERED = /^(.*?[A-Za-z])_?(\d{1,2})$/;

/**
 * Numbered columns of one kind (`phone1`, `phone2`, `phone3`) are a repeating
 * group, a 1NF problem: a fourth phone needs a schema change and "find by phone"
 * must look in every column. Members must number consecutively from 0 or 1 and
 * share a type. Single-letter stems (`x1`, `x2`) are often coordinates and
 * `*_line1` address lines are conventional, so those get a lower confidence.
 */
export function repeatingGroups(ctx: TableContext): Finding[] {
  const { table } = ctx;
  const pk = new Set(table.primaryKey?.columnIds ?? []);
  const stems = new Map<string, { column: Column; n: number }[]>();
  for (const column of table.columns) {
    const match = NUMBERED.exec(column.name);
    if (!match || pk.has(column.id)) continue;
    const stem = match[1]!.toLowerCase();
    const list = stems.get(stem) ?? [];
    list.push({ column, n: Number(match[2]) });
    stems.set(stem, list);
  }
  const out: Finding[] = [];
  for (const [stem, members] of stems) {
    if (members.length < 2) continue;
    const sorted = [...members].sort((a, b) => a.n - b.n);
    const start = sorted[0]!.n;
    const consecutive = (start === 0 || start === 1) && sorted.every((m, i) => m.n === start + i);
    const sameType = sorted.every((m) => JSON.stringify(m.column.type) === JSON.stringify(sorted[0]!.column.type));
    if (!consecutive || !sameType) continue;
    const weak = stem.replace(/_$/, '').length <= 1 || /line$/.test(stem);
    const names = sorted.map((m) => m.column.name);
    const value = stem.replace(/_$/, '');
    out.push(finding({
      code: 'NF1_REPEATING_GROUP', severity: weak ? 'info' : 'warning', tableId: table.id,
      columnIds: sorted.map((m) => m.column.id),
      normalForm: '1NF',
      confidence: weak ? 0.4 : 0.75,
      reason: `${listNames(names)} share the stem "${value}", are numbered ${start}…${start + sorted.length - 1} and have the same type`,
      message: `"${table.name}" stores several ${value} values in numbered columns (${names.join(', ')}): a repeating group. Adding one more needs a schema change and a search must look in every column. Store one ${value} per row in a child table.`,
      fix: table.primaryKey ? {
        kind: 'extract_values', tableId: table.id, columnIds: sorted.map((m) => m.column.id), source: 'repeating_group',
        newTableName: freeTableName(ctx.doc, table.schemaId, `${table.name}_${value}s`), valueColumnName: value,
      } : null,
    }));
  }
  return out;
}
