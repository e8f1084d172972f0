import type { Table } from '../../../model/table';
import type { ImportContext } from '../context';

/** Column ids for column names of a table, or null (with a warning) when one does not exist. */
export function columnIds(table: Table, names: readonly string[], ctx: ImportContext, line: number, what: string): string[] | null {
  const ids: string[] = [];
  for (const name of names) {
    const column = table.columns.find((c) => c.name === name);
    if (!column) {
      ctx.report.warn(line, `${what} on table "${table.name}" names column "${name}", which the table does not have; left out`);
      return null;
    }
    ids.push(column.id);
  }
  return ids;
}
