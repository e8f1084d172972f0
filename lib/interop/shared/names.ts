import type { DiagramDocument } from '../../model/document';
import type { Table } from '../../model/table';

/** Looks names up by id in a document, and names objects the way losses and warnings refer to them. */
export class DocNames {
  private readonly schemaNames: Map<string, string>;
  private readonly tablesById: Map<string, Table>;

  constructor(readonly doc: DiagramDocument) {
    this.schemaNames = new Map(doc.schemas.map((s) => [s.id, s.name]));
    this.tablesById = new Map(doc.tables.map((t) => [t.id, t]));
  }

  schema(id: string): string {
    return this.schemaNames.get(id) ?? '?';
  }

  table(id: string): Table | undefined {
    return this.tablesById.get(id);
  }

  /** `public.orders`: what a loss about a table (or its constraint or index) names. */
  subject(table: Table, part?: string): string {
    return `${this.schema(table.schemaId)}.${table.name}${part === undefined ? '' : `.${part}`}`;
  }

  column(table: Table, id: string): string {
    return table.columns.find((c) => c.id === id)?.name ?? id;
  }

  columns(table: Table, ids: readonly string[]): string[] {
    return ids.map((id) => this.column(table, id));
  }

  enumName(id: string): { schema: string; name: string } | undefined {
    const found = this.doc.enums.find((e) => e.id === id);
    return found ? { schema: this.schema(found.schemaId), name: found.name } : undefined;
  }
}
