import type { NodeLayout } from '../../model/canvas';
import { CURRENT_FORMAT_VERSION, DOCUMENT_FORMAT, SUPPORTED_POSTGRES_VERSIONS, type DiagramDocument } from '../../model/document';
import { parseDocument } from '../../model/parse';
import type { Relationship } from '../../model/relationship';
import type { Table } from '../../model/table';
import type { DomainType, EnumType, Extension, NamespaceSchema } from '../../model/types';
import { err, ok, type Result } from '../../result';
import { readCatalog, type Catalog } from './catalog';
import { buildTables } from './build-tables';
import { buildSequences, serialColumns } from './build-sequences';
import { BuildContext } from './context';
import type { Queryable } from './queryable';

export interface IntrospectOptions {
  /** The new diagram's name (default "Introspected database"). */
  readonly name?: string;
}

export interface Introspection {
  readonly document: DiagramDocument;
  /** What the diagram cannot hold exactly (a VIRTUAL column, an unknown index method), one sentence each. */
  readonly warnings: readonly string[];
  /** `server_version_num`, e.g. 150014. */
  readonly serverVersion: number;
}

export interface IntrospectError {
  readonly kind: 'invalid_document';
  readonly message: string;
}

/** PostgreSQL's own comment on `public`, which a diagram does not carry. */
const STOCK_PUBLIC_COMMENT = 'standard public schema';

/**
 * Reads a live database into a new diagram: schemas, extensions, enums, domains,
 * standalone sequences, tables with columns, keys, checks, indexes and partitions, and foreign keys as
 * relationships. Ids come from names (introspecting twice gives the same
 * document); tables are placed on a grid. The result passes `parseDocument`.
 */
export async function introspect(db: Queryable, options: IntrospectOptions = {}): Promise<Result<Introspection, IntrospectError>> {
  const catalog = await readCatalog(db);
  const ctx = new BuildContext(catalog);
  const schemas: NamespaceSchema[] = catalog.schemas.map((s) => {
    const id = ctx.ids.make('sch', s.name);
    ctx.schemaIds.set(s.name, id);
    const comment = s.name === 'public' && s.comment === STOCK_PUBLIC_COMMENT ? '' : s.comment ?? '';
    return { id, name: s.name, comment };
  });
  if (!ctx.schemaIds.has('public') && schemas.length === 0) {
    schemas.push({ id: ctx.ids.make('sch', 'public'), name: 'public', comment: '' });
    ctx.schemaIds.set('public', schemas[0]!.id);
  }
  const extensions: Extension[] = catalog.extensions.map((e) => ({ id: ctx.ids.make('ext', e.name), name: e.name, schemaId: ctx.schemaIds.get(e.schema) ?? null }));
  const enums = buildEnums(ctx);
  const domains = buildDomains(ctx);
  ctx.serials = serialColumns(ctx);
  buildTables(ctx);
  const sequences = buildSequences(ctx, new Set(ctx.serials.values()));
  const tables = [...ctx.tables.values()].map((e) => e.table);
  const relationships = buildRelationships(ctx);
  const major = Math.floor(catalog.serverVersion / 10000);
  const supported = SUPPORTED_POSTGRES_VERSIONS as readonly number[];
  const target = supported.includes(major) ? major : Math.min(Math.max(major, supported[0]!), supported.at(-1)!);
  const parsed = parseDocument({
    format: DOCUMENT_FORMAT, formatVersion: CURRENT_FORMAT_VERSION, name: options.name?.trim() || 'Introspected database',
    description: '', target: { postgresVersion: target }, schemas, extensions, enums, domains, sequences, tables, relationships,
    layout: { nodes: gridLayout(tables), viewport: null },
  });
  if (!parsed.ok) {
    const details = parsed.error.kind === 'invalid_document' ? parsed.error.problems.slice(0, 10).map((p) => `${p.path.join('.')}: ${p.message}`).join('; ') : parsed.error.message;
    return err({ kind: 'invalid_document', message: `the database could not be read into a valid diagram: ${details}` });
  }
  return ok({ document: parsed.value, warnings: ctx.warnings, serverVersion: catalog.serverVersion });
}

function buildEnums(ctx: BuildContext): EnumType[] {
  return ctx.catalog.enums.flatMap((e) => {
    const schemaId = ctx.schemaIds.get(e.schema);
    if (!schemaId) return [];
    const id = ctx.ids.make('enm', e.schema, e.name);
    ctx.typeIds.set(e.oid, { kind: 'enum', id });
    return [{ id, schemaId, name: e.name, comment: e.comment ?? '', values: e.labels.map((label) => ({ id: ctx.ids.make('val', e.name, label), name: label })) }];
  });
}

function buildDomains(ctx: BuildContext): DomainType[] {
  const rows = ctx.catalog.domains.filter((d) => ctx.schemaIds.has(d.schema));
  // Ids first: a domain may be over an enum or another domain.
  const ids = rows.map((d) => {
    const id = ctx.ids.make('dom', d.schema, d.name);
    ctx.typeIds.set(d.oid, { kind: 'domain', id });
    return id;
  });
  return rows.map((d, i) => ({
    id: ids[i]!, schemaId: ctx.schemaIds.get(d.schema)!, name: d.name,
    baseType: ctx.columnType(d.base_type, d.base_oid, 0, `domain ${ctx.label(d)}`),
    notNull: d.not_null, default: d.default, comment: d.comment ?? '',
    checks: ctx.catalog.domainChecks.filter((c) => c.domain_oid === d.oid)
      .map((c) => ({ id: ctx.ids.make('chk', d.name, c.name), name: c.name, expression: c.expression })),
  }));
}

const ACTIONS = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' } as const;

function buildRelationships(ctx: BuildContext): Relationship[] {
  return ctx.catalog.constraints.filter((c) => c.type === 'f').flatMap((fk): Relationship[] => {
    const from = ctx.tables.get(fk.table_oid);
    const to = fk.ref_oid === null ? undefined : ctx.tables.get(fk.ref_oid);
    if (!from) return [];
    if (!to) {
      ctx.warnings.push(`foreign key ${fk.name} on ${from.table.name} references a table outside the diagram (a partition or a skipped schema); left out`);
      return [];
    }
    const fromColumnIds = fk.columns.map((n) => from.columnIds.get(n)!);
    const toColumnIds = (fk.ref_columns ?? []).map((n) => to.columnIds.get(n)!);
    return [{
      id: ctx.ids.make('rel', from.table.name, fk.name), name: fk.name, fromTableId: from.table.id, fromColumnIds, toTableId: to.table.id, toColumnIds,
      cardinality: isKey(from.table, fromColumnIds) ? '1:1' : '1:N',
      onDelete: ACTIONS[fk.del as keyof typeof ACTIONS] ?? 'NO ACTION', onUpdate: ACTIONS[fk.upd as keyof typeof ACTIONS] ?? 'NO ACTION',
      deferrable: !fk.deferrable ? 'not_deferrable' : fk.deferred ? 'initially_deferred' : 'initially_immediate',
      matchFull: fk.match === 'f',
    }];
  });
}

/** 1:1 when the referencing columns are exactly the primary key, a unique constraint or a plain unique index of their table. */
function isKey(table: Table, ids: readonly string[]): boolean {
  const same = (other: readonly (string | null)[]) => other.length === ids.length && other.every((id) => id !== null && ids.includes(id));
  if (table.primaryKey && same(table.primaryKey.columnIds)) return true;
  if (table.uniques.some((u) => same(u.columnIds))) return true;
  return table.indexes.some((i) => i.unique && i.where === null && same(i.keys.map((k) => k.columnId)));
}

const CELL_WIDTH = 320;
const ROW_GAP = 80;
const HEADER_HEIGHT = 44;
const COLUMN_HEIGHT = 24;

/** A plain grid in name order, rows as tall as their tallest table; the canvas offers auto-layout on top. */
function gridLayout(tables: readonly Table[]): Record<string, NodeLayout> {
  const perRow = Math.max(1, Math.ceil(Math.sqrt(tables.length)));
  const layout: Record<string, NodeLayout> = {};
  let y = 0;
  for (let start = 0; start < tables.length; start += perRow) {
    const row = tables.slice(start, start + perRow);
    row.forEach((table, i) => {
      layout[table.id] = { x: i * CELL_WIDTH, y, width: null, height: null, collapsed: false, hidden: false };
    });
    y += HEADER_HEIGHT + COLUMN_HEIGHT * Math.max(1, ...row.map((t) => t.columns.length)) + ROW_GAP;
  }
  return layout;
}

export type { Catalog };
