import type { PgNode } from './parse-sql';

/**
 * Small readers over the parse tree, where every node is a one-key object
 * (`{ ColumnDef: {…} }`) and every field is optional. Rules use these instead of
 * walking raw JSON so that "which table, which column, which type" is answered
 * the same way everywhere.
 */

type NodeKey = PgNode extends infer U ? (U extends Record<infer K, unknown> ? K & string : never) : never;
export type NodeOf<K extends NodeKey> = Extract<PgNode, Record<K, unknown>>[K];

export function pick<K extends NodeKey>(node: PgNode | undefined, key: K): NodeOf<K> | undefined {
  if (node === undefined || node === null) return undefined;
  return (node as Record<string, unknown>)[key] as NodeOf<K> | undefined;
}

export function kindOf(node: PgNode | undefined): string {
  return node ? (Object.keys(node)[0] ?? 'Unknown') : 'Unknown';
}

export function strings(nodes: readonly PgNode[] | undefined): string[] {
  return (nodes ?? []).map((n) => pick(n, 'String')?.sval ?? '').filter((s) => s !== '');
}

/** Unqualified names resolve to `public`: the linter cannot see the session's search_path. */
export const DEFAULT_SCHEMA = 'public';

export interface RelationRef {
  readonly schemaname?: string;
  readonly relname?: string;
}

/** The key a table is tracked under: `schema.name`. */
export function tableKey(rel: RelationRef | undefined): string {
  return `${rel?.schemaname ?? DEFAULT_SCHEMA}.${rel?.relname ?? ''}`;
}

/** How a table is named in messages: as written, without an implied `public.`. */
export function tableLabel(rel: RelationRef | undefined): string {
  return rel?.schemaname ? `${rel.schemaname}.${rel.relname ?? ''}` : (rel?.relname ?? '');
}

export function keyOfNames(parts: readonly string[]): string {
  return parts.length > 1 ? `${parts.at(-2)}.${parts.at(-1)}` : `${DEFAULT_SCHEMA}.${parts[0] ?? ''}`;
}

export function labelOfNames(parts: readonly string[]): string {
  return parts.slice(-2).join('.');
}

export interface TypeRef {
  readonly names?: readonly PgNode[];
  readonly typmods?: readonly PgNode[];
  readonly arrayBounds?: readonly PgNode[];
  readonly location?: number;
}

/** A type's base name without `pg_catalog.`: `int4`, `varchar`, `timestamptz`, `serial`, `my_schema.money2`. */
export function typeBaseName(type: TypeRef | undefined): string {
  const parts = strings(type?.names as PgNode[] | undefined);
  if (parts[0] === 'pg_catalog' && parts.length === 2) return parts[1]!;
  return parts.join('.');
}

/** Integer type modifiers: `[20]` for varchar(20), `[10, 2]` for numeric(10,2). */
export function typeModifiers(type: TypeRef | undefined): number[] {
  return (type?.typmods ?? []).map((m) => pick(m, 'A_Const')?.ival?.ival ?? 0);
}

/** A type as a person writes it, for messages: `varchar(20)`, `int4[]`. */
export function typeLabel(type: TypeRef | undefined): string {
  const mods = typeModifiers(type);
  const array = type?.arrayBounds?.length ? '[]' : '';
  return `${typeBaseName(type)}${mods.length ? `(${mods.join(',')})` : ''}${array}`;
}

/** Every node of the given kind anywhere below `root` (depth-first, document order). */
export function findAll<K extends NodeKey>(root: unknown, key: K): NodeOf<K>[] {
  const found: NodeOf<K>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      if (k === key) found.push(v as NodeOf<K>);
      visit(v);
    }
  };
  visit(root);
  return found;
}

/** The constraints attached to a column definition. */
export function columnConstraints(column: NodeOf<'ColumnDef'>): NonNullable<NodeOf<'Constraint'>>[] {
  return (column.constraints ?? []).map((c) => pick(c, 'Constraint')).filter((c) => c !== undefined);
}

/** The dotted name of an object in a DROP statement: a name list, a type name or a bare string. */
export function droppedObjectName(object: PgNode): string[] {
  const list = strings(pick(object, 'List')?.items);
  if (list.length) return list;
  const type = strings(pick(object, 'TypeName')?.names as PgNode[] | undefined);
  if (type.length) return type;
  const name = pick(object, 'String')?.sval;
  return name ? [name] : [];
}
