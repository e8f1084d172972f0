import type { Node, RangeVar } from 'libpg-query';

/**
 * Small typed readers over libpg-query's parse tree, where every node is a
 * one-key object (`{ ColumnDef: {...} }`) and every field is optional.
 */

type NodeKey = Node extends infer U ? (U extends Record<infer K, unknown> ? K & string : never) : never;
type NodeOf<K extends NodeKey> = Extract<Node, Record<K, unknown>>[K];

/** The inner value of a node of the given kind, or undefined when it is another kind. */
export function pick<K extends NodeKey>(node: Node | undefined, key: K): NodeOf<K> | undefined {
  if (node === undefined || node === null) return undefined;
  return (node as Record<string, unknown>)[key] as NodeOf<K> | undefined;
}

/** The node's kind, e.g. "CreateStmt". */
export function kindOf(node: Node | undefined): string {
  return node ? Object.keys(node)[0] ?? 'Unknown' : 'Unknown';
}

/** The values of a list of String nodes: `["public", "film"]`. */
export function strings(nodes: readonly Node[] | undefined): string[] {
  return (nodes ?? []).map((n) => pick(n, 'String')?.sval ?? '').filter((s) => s !== '');
}

export interface QualifiedName {
  schema: string;
  name: string;
}

/** `public` when no schema is written: pg_dump always qualifies, hand-written DDL relies on the search path. */
export const DEFAULT_SCHEMA = 'public';

export function relationName(rel: RangeVar | undefined): QualifiedName {
  return { schema: rel?.schemaname ?? DEFAULT_SCHEMA, name: rel?.relname ?? '' };
}

/** A dotted name list (`public.mpaa_rating`, or a bare name) as schema + name. */
export function qualifiedName(parts: readonly string[]): QualifiedName {
  const name = parts.at(-1) ?? '';
  return { schema: parts.length > 1 ? parts.at(-2)! : DEFAULT_SCHEMA, name };
}

export const keyOf = (q: QualifiedName) => `${q.schema}.${q.name}`;
export const labelOf = (q: QualifiedName) => (q.schema === DEFAULT_SCHEMA ? q.name : `${q.schema}.${q.name}`);

/** A constant's value as text, for partition bounds and storage parameters; null when the node is not a constant. */
export function constantText(node: Node | undefined): string | null {
  const value = pick(node, 'A_Const');
  if (value) {
    if (value.isnull) return 'NULL';
    if (value.sval) return value.sval.sval ?? '';
    if (value.ival) return String(value.ival.ival ?? 0);
    if (value.fval) return value.fval.fval ?? '0';
    if (value.boolval) return String(value.boolval.boolval ?? false);
    if (value.bsval) return value.bsval.bsval ?? '';
    return null;
  }
  const cast = pick(node, 'TypeCast');
  if (cast) return constantText(cast.arg);
  const ref = pick(node, 'ColumnRef');
  const word = ref && ref.fields?.length === 1 ? pick(ref.fields[0], 'String')?.sval : undefined;
  if (word === 'minvalue' || word === 'maxvalue') return word.toUpperCase();
  return null;
}
