import type { DefElem, IndexElem, IndexStmt, Node } from 'libpg-query';
import { newId } from '../../../model/ids';
import { IndexMethod, type Index, type IndexKey } from '../../../model/table-parts';
import type { Table } from '../../../model/table';
import { keyOf, labelOf, pick, relationName, strings } from '../ast';
import { failed, imported, skipped, type MapInput, type Outcome } from '../context';
import { keyExpression, listItems, openParenAfter, trailingExpression, type TokenRange } from '../tokens';
import { collationName } from './column';

/**
 * CREATE [UNIQUE] INDEX. pg_dump writes a partitioned table's index as
 * `CREATE INDEX … ON ONLY parent`, then one index per partition and an
 * `ALTER INDEX … ATTACH PARTITION` for each: the parent's index is modeled once,
 * the per-partition ones are reported as skipped.
 */
export function mapCreateIndex(input: MapInput, stmt: IndexStmt): Outcome {
  const { ctx, st } = input;
  const target = relationName(stmt.relation);
  const indexName = stmt.idxname ? { schema: target.schema, name: stmt.idxname } : null;
  const skippedAs = ctx.skippedRelations.get(keyOf(target));
  if (skippedAs) return skipped('index', indexName ?? target, `the index is on ${skippedAs} "${labelOf(target)}", which is not part of the diagram`);
  if (ctx.isPartition(target)) {
    return skipped('partition index', indexName ?? target, `"${labelOf(target)}" is a partition; the diagram models indexes on the partitioned table "${ctx.partitionParents.get(keyOf(target))}"`);
  }
  const table = ctx.tables.get(keyOf(target));
  if (!table) return failed('index', indexName ?? target, `the index is on table "${keyOf(target)}", which is not in the file`);
  const method = IndexMethod.safeParse(stmt.accessMethod ?? 'btree');
  if (!method.success) return failWith(input, 'index', indexName ?? target, `index method "${stmt.accessMethod}" is not supported by the diagram`);
  if (stmt.unique && method.data !== 'btree') return failWith(input, 'index', indexName ?? target, `a unique ${method.data} index cannot be modeled`);

  const elems = (stmt.indexParams ?? []).map((n) => pick(n, 'IndexElem')).filter((e): e is IndexElem => e !== undefined);
  const open = openParenAfter(st, stmt.relation?.location ?? 0);
  const items = open >= 0 ? listItems(st, open) : [];
  const keys: IndexKey[] = [];
  for (const [i, elem] of elems.entries()) {
    const key = indexKey(input, table, elem, items[i]);
    if (!key) return failed('index', indexName ?? target, 'a key of the index could not be read (see the warnings)');
    keys.push(key);
  }
  const include: string[] = [];
  for (const node of stmt.indexIncludingParams ?? []) {
    const column = table.columns.find((c) => c.name === pick(node, 'IndexElem')?.name);
    if (!column) return failWith(input, 'index', indexName ?? target, `an INCLUDE column of the index is not a column of "${table.name}"`);
    include.push(column.id);
  }
  const name = stmt.idxname ?? defaultIndexName(table, elems);
  const key = keyOf({ schema: target.schema, name });
  if (ctx.indexes.has(key)) return failWith(input, 'index', { schema: target.schema, name }, `an index named "${name}" already exists`);
  const index: Index = {
    id: newId('idx'), name, method: method.data, unique: stmt.unique ?? false, nullsNotDistinct: stmt.nulls_not_distinct ?? false,
    keys, include, where: stmt.whereClause ? trailingExpression(st, stmt.whereClause) : null,
    with: storageParameters(input, stmt.options), comment: '',
  };
  table.indexes.push(index);
  ctx.indexes.set(key, { table, index });
  return imported('index', { schema: target.schema, name });
}

// The dispatcher turns every failed outcome into a warning with the statement's line.
function failWith(_input: MapInput, kind: string, name: { schema: string; name: string }, reason: string): Outcome {
  return failed(kind, name, reason);
}

const ORDER = { SORTBY_ASC: 'asc', SORTBY_DESC: 'desc' } as const;
const NULLS = { SORTBY_NULLS_FIRST: 'first', SORTBY_NULLS_LAST: 'last' } as const;

function indexKey(input: MapInput, table: Table, elem: IndexElem, item: TokenRange | undefined): IndexKey | null {
  const { ctx, st, line } = input;
  let columnId: string | null = null;
  let expression: string | null = null;
  if (elem.name) {
    const column = table.columns.find((c) => c.name === elem.name);
    if (!column) { ctx.report.warn(line, `index key "${elem.name}" is not a column of "${table.name}"`); return null; }
    columnId = column.id;
  } else {
    if (!item) { ctx.report.warn(line, `could not find the text of an index expression on "${table.name}"`); return null; }
    expression = keyExpression(st, item);
  }
  if (elem.opclassopts?.length) ctx.report.warn(line, `operator class options of an index on "${table.name}" are not modeled`);
  return {
    columnId, expression,
    order: ORDER[elem.ordering as keyof typeof ORDER] ?? null,
    nulls: NULLS[elem.nulls_ordering as keyof typeof NULLS] ?? null,
    opclass: elem.opclass?.length ? unqualified(strings(elem.opclass)) : null,
    collation: elem.collation?.length ? collationName(strings(elem.collation)) : null,
  };
}

// pg_dump qualifies operator classes (`public.vector_cosine_ops`) because it runs with an
// empty search path; the diagram names them as a user would, found through the search path.
function unqualified(parts: string[]): string {
  return (parts[0] === 'pg_catalog' || parts[0] === 'public' ? parts.slice(1) : parts).join('.');
}

const STORAGE_KEY = /^[a-z_][a-z0-9_]*$/;

function storageParameters(input: MapInput, options: Node[] | undefined): Index['with'] {
  const result: Index['with'] = {};
  for (const node of options ?? []) {
    const def: DefElem | undefined = pick(node, 'DefElem');
    if (!def?.defname || !STORAGE_KEY.test(def.defname)) continue;
    const text = pick(def.arg, 'String')?.sval ?? pick(def.arg, 'Float')?.fval
      ?? (pick(def.arg, 'Integer') ? String(pick(def.arg, 'Integer')!.ival ?? 0) : undefined)
      ?? strings(pick(def.arg, 'TypeName')?.names).join('.');
    if (text === '') { input.ctx.report.warn(input.line, `storage parameter ${def.defname} has no value; left out`); continue; }
    result[def.defname] = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  }
  return result;
}

/** PostgreSQL's own choice for an unnamed index: `table_col1_col2_idx`, `expr` for expressions. */
function defaultIndexName(table: Table, elems: IndexElem[]): string {
  const parts = elems.map((e) => e.name ?? 'expr');
  return `${table.name}_${parts.join('_')}_idx`.slice(0, 63);
}
