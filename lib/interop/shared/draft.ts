import type { Area, NodeLayout } from '../../model/canvas';
import type { ColumnType } from '../../model/column-type';
import { CURRENT_FORMAT_VERSION, DEFAULT_POSTGRES_VERSION, DOCUMENT_FORMAT, type DiagramDocument } from '../../model/document';
import { newId } from '../../model/ids';
import { parseDocument } from '../../model/parse';
import type { Relationship } from '../../model/relationship';
import type { Column } from '../../model/table-parts';
import type { Table } from '../../model/table';
import { catalogType } from '../../model/type-catalog';
import type { EnumType, Extension, NamespaceSchema } from '../../model/types';
import { err, ok, type Result } from '../../result';
import type { TextImportError } from './report';

/**
 * A diagram being assembled by an importer, looked up by name. `finish` adds
 * the extensions the column types need, places tables on a grid and runs the
 * result through `parseDocument`, the one gate every document passes.
 */
export class DocumentDraft {
  readonly schemas = new Map<string, NamespaceSchema>();
  readonly enums = new Map<string, EnumType>();
  readonly tables = new Map<string, Table>();
  readonly relationships: Relationship[] = [];
  readonly areas: Area[] = [];
  readonly extensions: Extension[] = [];
  description = '';

  constructor(public name: string) {}

  schemaId(name: string): string {
    let schema = this.schemas.get(name);
    if (!schema) {
      schema = { id: name === 'public' ? 'sch_public' : newId('sch'), name, comment: '' };
      this.schemas.set(name, schema);
    }
    return schema.id;
  }

  addEnum(schema: string, name: string, values: string[], comment = ''): EnumType {
    const created: EnumType = {
      id: newId('enm'), schemaId: this.schemaId(schema), name, comment,
      values: values.map((value) => ({ id: newId('val'), name: value })),
    };
    this.enums.set(`${schema}.${name}`, created);
    return created;
  }

  addTable(schema: string, name: string): Table {
    const table: Table = {
      id: newId('tbl'), schemaId: this.schemaId(schema), name, comment: '', columns: [], primaryKey: null, uniques: [],
      checks: [], indexes: [], partitioning: null, unlogged: false, junction: null, dependencies: [], accessPatterns: [], volume: null,
    };
    this.tables.set(`${schema}.${name}`, table);
    return table;
  }

  table(schema: string, name: string): Table | undefined {
    return this.tables.get(`${schema}.${name}`);
  }

  finish(postgresVersion = DEFAULT_POSTGRES_VERSION): Result<DiagramDocument, TextImportError> {
    if (!this.schemas.has('public')) this.schemaId('public');
    const tables = [...this.tables.values()];
    const needed = new Set(tables.flatMap((t) => t.columns.map((c) => extensionOf(c.type)).filter((e): e is string => e !== null)));
    for (const name of [...needed].sort()) {
      if (!this.extensions.some((e) => e.name === name)) this.extensions.push({ id: newId('ext'), name, schemaId: null });
    }
    const parsed = parseDocument({
      format: DOCUMENT_FORMAT, formatVersion: CURRENT_FORMAT_VERSION, name: this.name.trim() || 'Imported schema',
      description: this.description, target: { postgresVersion },
      schemas: [...this.schemas.values()], extensions: this.extensions, enums: [...this.enums.values()],
      tables, relationships: this.relationships, areas: this.areas, layout: { nodes: gridLayout(tables), viewport: null },
    });
    if (parsed.ok) return ok(parsed.value);
    const problems = parsed.error.kind === 'invalid_document' ? parsed.error.problems : [{ path: parsed.error.path, message: parsed.error.message }];
    return err({ kind: 'invalid_document', message: `the imported diagram is not valid: ${parsed.error.message}`, problems });
  }
}

export function newColumn(name: string, type: ColumnType): Column {
  return { id: newId('col'), name, type, nullable: true, default: null, identity: null, generated: null, collation: null, comment: '', snapshotOf: null };
}

function extensionOf(type: ColumnType): string | null {
  return type.kind === 'base' ? catalogType(type.name)?.extension ?? null : null;
}

/** Rows of tables on a grid, as tall as their tallest table; the canvas offers auto-layout on top. */
function gridLayout(tables: readonly Table[]): Record<string, NodeLayout> {
  const perRow = Math.max(1, Math.ceil(Math.sqrt(tables.length)));
  const layout: Record<string, NodeLayout> = {};
  let y = 0;
  for (let start = 0; start < tables.length; start += perRow) {
    const row = tables.slice(start, start + perRow);
    row.forEach((table, i) => {
      layout[table.id] = { x: i * 320, y, width: null, height: null, collapsed: false, hidden: false };
    });
    y += 124 + 24 * Math.max(...row.map((t) => t.columns.length));
  }
  return layout;
}
