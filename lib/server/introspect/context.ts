import type { ColumnType } from '../../model/column-type';
import type { Table } from '../../model/table';
import type { Catalog, ColumnRow, TableRow } from './catalog';
import { baseColumnType, customColumnType, serialType } from './column-type';
import { IdMaker } from './ids';

/** Lookups shared by the builders: ids by catalog oid, and the warnings list. */
export class BuildContext {
  readonly ids = new IdMaker();
  readonly warnings: string[] = [];
  readonly schemaIds = new Map<string, string>();
  readonly typeIds = new Map<number, { kind: 'enum' | 'domain'; id: string }>();
  readonly tables = new Map<number, { row: TableRow; table: Table; columnIds: Map<number, string> }>();

  /** `tableOid:attnum` of columns read as `serial`: their sequence is the one `serial` creates (see `build-sequences.ts`). */
  serials = new Map<string, number>();

  constructor(readonly catalog: Catalog) {}

  label(row: { schema: string; name: string }): string {
    return `${row.schema}.${row.name}`;
  }

  /** The document type of a column or domain base type; falls back to text (with a warning) when the document cannot say it. */
  columnType(formatted: string, elemOid: number, dims: number, where: string): ColumnType {
    const named = this.typeIds.get(elemOid);
    if (named?.kind === 'enum') return { kind: 'enum', enumId: named.id, arrayDims: dims };
    if (named?.kind === 'domain') return { kind: 'domain', domainId: named.id, arrayDims: dims };
    const type = baseColumnType(formatted, dims) ?? customColumnType(formatted, dims);
    if (type) return type;
    this.warnings.push(`${where}: type "${formatted}" cannot be written in a diagram; read as text`);
    return { kind: 'base', name: 'text', modifiers: [], arrayDims: dims };
  }

  columnTypeOf(column: ColumnRow, where: string): { type: ColumnType; default: string | null } {
    const type = this.columnType(column.type, column.elem_oid, column.dims, where);
    const serial = serialType(type, column.default, this.serials.has(`${column.table_oid}:${column.num}`));
    return serial ? { type: serial, default: null } : { type, default: column.default };
  }
}
