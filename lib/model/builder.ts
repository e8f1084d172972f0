import type { ColumnType } from './column-type';
import { CURRENT_FORMAT_VERSION, DiagramDocument, DOCUMENT_FORMAT } from './document';
import type { IdPrefix } from './ids';
import { newId } from './ids';
import type { Column, Index, IndexKey } from './table-parts';
import type { AccessPattern, Volume } from './requirements';
import type { Relationship, ReferentialAction } from './relationship';
import { Sequence } from './sequence';
import type { Table } from './table';
import { typeFromShorthand } from './type-shorthand';

export interface ColumnOptions {
  nullable?: boolean;
  default?: string;
  identity?: Column['identity'];
  generated?: string;
  comment?: string;
  unique?: boolean;
}

export interface IndexOptions {
  method?: Index['method'];
  unique?: boolean;
  include?: string[];
  where?: string;
  with?: Index['with'];
}

/** A key written as `column`, `column DESC`, `column DESC NULLS LAST` or `(expression)`. */
type KeySpelling = string;

export interface ForeignKeyOptions {
  onDelete?: ReferentialAction;
  onUpdate?: ReferentialAction;
  cardinality?: Relationship['cardinality'];
  name?: string;
}

/**
 * Writes diagram documents by name instead of by id, for templates and tests:
 * `b.table('orders', (t) => t.column('id', 'bigint', { identity: 'always' }).primaryKey('id'))`.
 * With `readableIds` the ids are derived from names (`tbl_orders`, `col_orders_id`)
 * so fixtures and snapshots stay legible; otherwise they are random.
 */
export class DiagramBuilder {
  private readonly doc: DiagramDocument;
  private readonly used = new Set<string>();

  constructor(name: string, private readonly options: { readableIds?: boolean; postgresVersion?: number } = {}) {
    this.doc = DiagramDocument.parse({
      format: DOCUMENT_FORMAT,
      formatVersion: CURRENT_FORMAT_VERSION,
      name,
      target: { postgresVersion: options.postgresVersion ?? 17 },
      schemas: [{ id: 'sch_public', name: 'public' }],
    });
    this.used.add('sch_public');
  }

  id(prefix: IdPrefix, ...nameParts: string[]): string {
    if (!this.options.readableIds) return newId(prefix);
    const base = `${prefix}_${nameParts.join('_')}`.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 60);
    let candidate = base;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${base}_${n}`;
    this.used.add(candidate);
    return candidate;
  }

  schema(name: string): string {
    const existing = this.doc.schemas.find((s) => s.name === name);
    if (existing) return existing.id;
    const id = this.id('sch', name);
    this.doc.schemas.push({ id, name, comment: '' });
    return id;
  }

  extension(name: string): this {
    this.doc.extensions.push({ id: this.id('ext', name), name, schemaId: null });
    return this;
  }

  enum(name: string, values: string[], schema = 'public'): string {
    const id = this.id('enm', name);
    this.doc.enums.push({
      id, schemaId: this.schema(schema), name, comment: '',
      values: values.map((value) => ({ id: this.id('val', name, value), name: value })),
    });
    return id;
  }

  enumType(name: string): ColumnType {
    const found = this.doc.enums.find((e) => e.name === name);
    if (!found) throw new Error(`DiagramBuilder: no enum "${name}"`);
    return { kind: 'enum', enumId: found.id, arrayDims: 0 };
  }

  /**
   * A standalone sequence; `ownedBy` is `table.column` of a table already built
   * (in the sequence's schema). Options left out keep PostgreSQL's defaults.
   */
  sequence(name: string, options: Partial<Omit<Sequence, 'id' | 'schemaId' | 'name' | 'ownedBy'>> & { schema?: string; ownedBy?: string } = {}): string {
    const { schema, ownedBy, ...rest } = options;
    const id = this.id('seq', name);
    let owner: Sequence['ownedBy'] = null;
    if (ownedBy) {
      const [tableName, columnName] = ownedBy.split('.');
      owner = { columnId: columnNamed(this.tableNamed(tableName ?? ''), columnName ?? '').id };
    }
    this.doc.sequences.push(Sequence.parse({ id, schemaId: this.schema(schema ?? 'public'), name, ...rest, ownedBy: owner }));
    return id;
  }

  table(name: string, define: (t: TableBuilder) => void, options: { schema?: string; comment?: string } = {}): this {
    const table: Table = {
      id: this.id('tbl', name), schemaId: this.schema(options.schema ?? 'public'), name, comment: options.comment ?? '',
      columns: [], primaryKey: null, uniques: [], checks: [], indexes: [], partitioning: null, unlogged: false,
      junction: null, dependencies: [], accessPatterns: [], volume: null,
    };
    this.doc.tables.push(table);
    define(new TableBuilder(this, table));
    return this;
  }

  foreignKey(from: string, fromColumns: string[], to: string, toColumns: string[], options: ForeignKeyOptions = {}): string {
    const fromTable = this.tableNamed(from);
    const toTable = this.tableNamed(to);
    const id = this.id('rel', from, ...fromColumns);
    this.doc.relationships.push({
      id, name: options.name ?? null, fromTableId: fromTable.id, toTableId: toTable.id,
      fromColumnIds: fromColumns.map((c) => columnNamed(fromTable, c).id),
      toColumnIds: toColumns.map((c) => columnNamed(toTable, c).id),
      cardinality: options.cardinality ?? '1:N', onDelete: options.onDelete ?? 'NO ACTION',
      onUpdate: options.onUpdate ?? 'NO ACTION', deferrable: 'not_deferrable', matchFull: false,
    });
    return id;
  }

  position(tableName: string, x: number, y: number): this {
    this.doc.layout.nodes[this.tableNamed(tableName).id] = { x, y, width: null, height: null, collapsed: false, hidden: false };
    return this;
  }

  tableNamed(name: string): Table {
    const table = this.doc.tables.find((t) => t.name === name);
    if (!table) throw new Error(`DiagramBuilder: no table "${name}"`);
    return table;
  }

  build(): DiagramDocument {
    return structuredClone(this.doc);
  }
}

export class TableBuilder {
  constructor(private readonly owner: DiagramBuilder, readonly table: Table) {}

  column(name: string, type: string | ColumnType, options: ColumnOptions = {}): this {
    const column: Column = {
      id: this.owner.id('col', this.table.name, name), name,
      type: typeof type === 'string' ? typeFromShorthand(type) : type,
      nullable: options.nullable ?? (options.identity ? false : true),
      default: options.default ?? null, identity: options.identity ?? null,
      generated: options.generated ? { expression: options.generated } : null,
      collation: null, comment: options.comment ?? '', snapshotOf: null,
    };
    this.table.columns.push(column);
    if (options.unique) this.unique(name);
    return this;
  }

  primaryKey(...columns: string[]): this {
    this.table.primaryKey = { name: null, columnIds: columns.map((c) => this.col(c).id) };
    for (const c of columns) this.col(c).nullable = false;
    return this;
  }

  unique(...columns: string[]): this {
    this.table.uniques.push({ id: this.owner.id('uq', this.table.name, ...columns), name: null, columnIds: columns.map((c) => this.col(c).id), nullsNotDistinct: false });
    return this;
  }

  check(expression: string, name?: string): this {
    this.table.checks.push({ id: this.owner.id('chk', this.table.name, name ?? String(this.table.checks.length + 1)), name: name ?? null, expression });
    return this;
  }

  index(name: string, keys: KeySpelling[], options: IndexOptions = {}): this {
    this.table.indexes.push({
      id: this.owner.id('idx', name), name, method: options.method ?? 'btree', unique: options.unique ?? false,
      nullsNotDistinct: false, keys: keys.map((k) => this.key(k)), include: (options.include ?? []).map((c) => this.col(c).id),
      where: options.where ?? null, with: options.with ?? {}, comment: '',
    });
    return this;
  }

  dependency(determinant: string[], dependent: string[], note = ''): this {
    this.table.dependencies.push({
      id: this.owner.id('fd', this.table.name, ...determinant, 'to', ...dependent),
      determinant: determinant.map((c) => this.col(c).id), dependent: dependent.map((c) => this.col(c).id), note,
    });
    return this;
  }

  volume(rows: number, growthPerMonth = 0): this {
    const volume: Volume = { rows, growthPerMonth, rowBytes: null };
    this.table.volume = volume;
    return this;
  }

  accessPattern(pattern: Omit<Partial<AccessPattern>, 'filters' | 'orderBy' | 'select'> & {
    name: string;
    filters?: { column: string; operator: AccessPattern['filters'][number]['operator']; constant?: string }[];
    orderBy?: { column: string; direction?: 'asc' | 'desc' }[];
    select?: string[];
  }): this {
    this.table.accessPatterns.push({
      id: this.owner.id('ap', this.table.name, pattern.name), name: pattern.name, description: pattern.description ?? '',
      operation: pattern.operation ?? 'select',
      filters: (pattern.filters ?? []).map((f) => ({ columnId: this.col(f.column).id, operator: f.operator, constant: f.constant ?? null })),
      joins: pattern.joins ?? [],
      orderBy: (pattern.orderBy ?? []).map((s) => ({ columnId: this.col(s.column).id, direction: s.direction ?? 'asc', nulls: null })),
      similarity: pattern.similarity ?? null, select: (pattern.select ?? []).map((c) => this.col(c).id),
      limit: pattern.limit ?? null, frequency: pattern.frequency ?? { count: 1, per: 'second' },
    });
    return this;
  }

  comment(text: string): this {
    this.table.comment = text;
    return this;
  }

  private key(spelling: KeySpelling): IndexKey {
    const expression = /^\((.*)\)(.*)$/.exec(spelling.trim());
    const [target, ...rest] = expression ? [expression[1]!, ...expression[2]!.trim().split(/\s+/).filter(Boolean)] : spelling.trim().split(/\s+/);
    const words = rest.map((w) => w.toLowerCase());
    const nullsAt = words.indexOf('nulls');
    const opclass = words.find((w) => w.endsWith('_ops')) ?? null;
    return {
      columnId: expression ? null : this.col(target!).id,
      expression: expression ? target! : null,
      order: words.includes('desc') ? 'desc' : words.includes('asc') ? 'asc' : null,
      nulls: nullsAt >= 0 ? (words[nullsAt + 1] as 'first' | 'last') : null,
      opclass, collation: null,
    };
  }

  col(name: string): Column {
    return columnNamed(this.table, name);
  }
}

function columnNamed(table: Table, name: string): Column {
  const column = table.columns.find((c) => c.name === name);
  if (!column) throw new Error(`DiagramBuilder: table "${table.name}" has no column "${name}"`);
  return column;
}
