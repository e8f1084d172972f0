import type { AccessPattern } from '../model/requirements';
import type { PatternFilter } from './findings';
import type { Table } from '../model/table';
import { vectorOpclass } from '../ddl/vector';
import { ident } from '../sql/quote';
import { columnOf, fmt, fmtRate, perSecond } from './context';
import { isArray, isJsonb, isTimeColumn, isWide, baseType, vectorType } from './column-types';
import type { AdvisorOptions } from './options';
import { constantClause, isConstantFilter, normalizeClause } from './predicates';

/** One key of a B-tree requirement after the equality columns: a range column or a sort column. */
export interface TailKey {
  readonly columnId: string;
  readonly order: 'asc' | 'desc' | null;
  readonly nulls: 'first' | 'last' | null;
  readonly opclass: string | null;
  /** True when the key must come back in this order (ORDER BY); a range-only key just has to be there. */
  readonly sorted: boolean;
}

/** What an index must look like to serve one access pattern; `serves.ts` checks indexes against it, `design.ts` builds one. */
export type Requirement =
  | {
    readonly kind: 'btree'; readonly patternId: string;
    /** Columns compared with `=` / `IN` to a parameter, ordered for reuse across patterns. */
    readonly equality: readonly string[];
    /** Columns compared with `=` to a constant: allowed among the leading keys of an existing index. */
    readonly constantColumns: readonly string[];
    /** The constant clauses as SQL (the partial index predicate) and normalized (for matching). */
    readonly predicate: readonly string[];
    readonly clauses: readonly string[];
    readonly tail: readonly TailKey[];
    readonly include: readonly string[];
    readonly reasons: readonly string[];
  }
  | {
    readonly kind: 'gin'; readonly patternId: string; readonly columnId: string | null; readonly expression: string | null;
    /** `jsonb_path_ops` (only @> / jsonpath), `jsonb_ops` (key existence) or null (the type's default). */
    readonly opclass: string | null; readonly clauses: readonly string[]; readonly reasons: readonly string[];
  }
  | { readonly kind: 'brin'; readonly patternId: string; readonly columnId: string; readonly clauses: readonly string[]; readonly reasons: readonly string[] }
  | {
    readonly kind: 'vector'; readonly patternId: string; readonly method: 'hnsw' | 'ivfflat'; readonly columnId: string | null;
    readonly expression: string | null; readonly opclass: string; readonly reasons: readonly string[];
  };

const RANGE_OPERATORS = new Set<PatternFilter['operator']>(['lt', 'lte', 'gt', 'gte', 'between', 'prefix']);
const SEARCH_OPERATORS = new Set<PatternFilter['operator']>(['contains', 'contained_by', 'has_key', 'jsonpath', 'fulltext']);

export interface RequirementInput {
  readonly table: Table;
  readonly pattern: AccessPattern;
  readonly options: AdvisorOptions;
  /** How many of the table's patterns compare each column for equality: shared columns go first so one index serves more patterns. */
  readonly equalityUse: ReadonlyMap<string, number>;
}

/** The index an access pattern needs, or null when no index helps (no filter, sort or similarity). */
export function requirementFor(input: RequirementInput): Requirement | null {
  const { table, pattern } = input;
  if (pattern.similarity) return vectorRequirement(input);
  const name = (id: string) => columnOf(table, id).name;
  const constants = pattern.filters.filter(isConstantFilter);
  const equality = orderedEquality(input);
  const searches = pattern.filters.filter((f) => SEARCH_OPERATORS.has(f.operator) && !isConstantFilter(f));
  if (searches.length > 0 && equality.length === 0) return ginRequirement(table, pattern, searches);
  const range = pattern.filters.find((f) => RANGE_OPERATORS.has(f.operator) && !isConstantFilter(f) && !equality.includes(f.columnId)) ?? null;
  const fixed = new Set([...equality, ...constants.filter((f) => f.operator === 'eq').map((f) => f.columnId)]);
  const sort = pattern.orderBy.filter((s) => !fixed.has(s.columnId));
  const reasons: string[] = [];
  if (equality.length > 0) {
    reasons.push(`Equality column${equality.length > 1 ? 's' : ''} ${equality.map(name).join(', ')} first: each fixes one value, so the scan starts at exactly the matching entries${equality.length > 1 ? ' (columns other patterns also compare come first, so the same index can serve them)' : ''}.`);
  }
  if (range && isBrinCandidate(input, range, equality, sort)) {
    return {
      kind: 'brin', patternId: pattern.id, columnId: range.columnId, clauses: constants.map((f) => normalizeClause(constantClause(table, f))),
      reasons: [`BRIN on ${name(range.columnId)}: the table is append-only and large (${fmt(table.volume!.rows)} rows), rows arrive in ${name(range.columnId)} order, so a BRIN index of a few pages prunes the range as well as a B-tree many gigabytes large would.`],
    };
  }
  const tail = tailKeys(table, range, sort, reasons, pattern.limit);
  let keyed = equality;
  let predicateFilters = constants;
  if (equality.length === 0 && tail.length === 0) {
    // Nothing but constants: the constant columns themselves become the keys.
    const eqConstants = constants.filter((f) => f.operator === 'eq');
    if (eqConstants.length === 0) return null;
    keyed = eqConstants.map((f) => f.columnId);
    predicateFilters = constants.filter((f) => f.operator !== 'eq');
    reasons.push(`Keys ${keyed.map(name).join(', ')}: the pattern filters only on constants.`);
  }
  const predicate = predicateFilters.map((f) => constantClause(table, f));
  if (predicate.length > 0) {
    reasons.push(`Partial index WHERE ${predicate.join(' AND ')}: the pattern always filters on ${predicate.length > 1 ? 'these constants' : 'this constant'}, so only matching rows are indexed and ${predicateFilters.map((f) => name(f.columnId)).join(', ')} need${predicateFilters.length > 1 ? '' : 's'} no key.`);
  }
  if (searches.length > 0) reasons.push(`The ${searches.map((f) => `${f.operator} filter on ${name(f.columnId)}`).join(', ')} is checked on the rows the B-tree finds.`);
  const include = coveringColumns(input, [...keyed, ...tail.map((t) => t.columnId)], predicateFilters);
  if (include.length > 0) {
    reasons.push(`INCLUDE ${include.map(name).join(', ')}: the pattern reads only these columns besides the keys, ${fmtRate(perSecond(pattern))} times a second, so an index-only scan answers it without visiting the table.`);
  }
  return {
    kind: 'btree', patternId: pattern.id, equality: keyed, constantColumns: constants.filter((f) => f.operator === 'eq').map((f) => f.columnId),
    predicate, clauses: predicate.map(normalizeClause), tail, include, reasons,
  };
}

function orderedEquality({ table, pattern, equalityUse }: RequirementInput): string[] {
  const ids = [...new Set(pattern.filters.filter((f) => (f.operator === 'eq' || f.operator === 'in') && !isConstantFilter(f)).map((f) => f.columnId))];
  const position = (id: string) => table.columns.findIndex((c) => c.id === id);
  return ids.sort((a, b) => (equalityUse.get(b) ?? 0) - (equalityUse.get(a) ?? 0) || ids.indexOf(a) - ids.indexOf(b) || position(a) - position(b));
}

function tailKeys(table: Table, range: PatternFilter | null, sort: AccessPattern['orderBy'], reasons: string[], limit: number | null): TailKey[] {
  const name = (id: string) => columnOf(table, id).name;
  const sortKey = (s: AccessPattern['orderBy'][number]): TailKey => ({
    columnId: s.columnId, order: s.direction === 'desc' ? 'desc' : null,
    nulls: s.nulls !== null && s.nulls !== (s.direction === 'desc' ? 'first' : 'last') ? s.nulls : null, opclass: null, sorted: true,
  });
  const spell = (s: AccessPattern['orderBy'][number]) => `${name(s.columnId)}${s.direction === 'desc' ? ' DESC' : ''}${s.nulls ? ` NULLS ${s.nulls.toUpperCase()}` : ''}`;
  const stop = limit !== null ? `, so with LIMIT ${limit} the scan stops after ${limit} entries instead of sorting every match` : ', so rows come back already sorted';
  if (range === null) {
    if (sort.length > 0) reasons.push(`Then ${sort.map(spell).join(', ')}: the index order matches ORDER BY${stop}.`);
    return sort.map(sortKey);
  }
  const prefix = range.operator === 'prefix' && ['text', 'varchar', 'char'].includes(baseType(columnOf(table, range.columnId)) ?? '');
  if (sort[0]?.columnId === range.columnId && !prefix) {
    reasons.push(`Then ${sort.map(spell).join(', ')}: the range filter and ORDER BY use the same column, so one key both bounds the scan and returns rows in order${limit !== null ? ` (LIMIT ${limit} stops it early)` : ''}.`);
    return sort.map(sortKey);
  }
  reasons.push(`Then ${name(range.columnId)}${prefix ? ' text_pattern_ops' : ''}: a range condition (${range.operator}) goes after the equality columns, because a B-tree can bound only the last key it uses by range${prefix ? '; text_pattern_ops lets LIKE \'prefix%\' use it under any collation' : ''}${sort.length > 0 ? '; the ORDER BY on another column is sorted in memory' : ''}.`);
  return [{ columnId: range.columnId, order: null, nulls: null, opclass: prefix ? 'text_pattern_ops' : null, sorted: false }];
}

function isBrinCandidate({ table, options }: RequirementInput, range: PatternFilter, equality: readonly string[], sort: AccessPattern['orderBy']): boolean {
  if (equality.length > 0 || !isTimeColumn(columnOf(table, range.columnId))) return false;
  if (!table.volume || table.volume.rows < options.brinMinRows) return false;
  if (sort.length > 0) return false; // ORDER BY … LIMIT needs an ordered index; BRIN returns a bitmap.
  return !table.accessPatterns.some((p) => p.operation === 'update' || p.operation === 'delete');
}

function coveringColumns({ table, pattern, options }: RequirementInput, keys: readonly string[], predicateFilters: readonly PatternFilter[]): string[] {
  if (pattern.select.length === 0 || perSecond(pattern) < options.coveringMinPerSecond) return [];
  const inPredicate = new Set(predicateFilters.map((f) => f.columnId));
  const extra = pattern.select.filter((id) => !keys.includes(id) && !inPredicate.has(id));
  if (extra.length === 0 || extra.length > options.coveringMaxColumns) return [];
  return extra.some((id) => isWide(columnOf(table, id))) ? [] : extra;
}

function ginRequirement(table: Table, pattern: AccessPattern, searches: readonly PatternFilter[]): Requirement | null {
  const columnId = searches[0]!.columnId;
  const column = columnOf(table, columnId);
  const operators = searches.filter((f) => f.columnId === columnId).map((f) => f.operator);
  const clauses = pattern.filters.filter(isConstantFilter).map((f) => normalizeClause(constantClause(table, f)));
  const base = { kind: 'gin' as const, patternId: pattern.id, clauses };
  if (isJsonb(column)) {
    const keyOps = operators.some((op) => op === 'has_key' || op === 'contained_by' || op === 'fulltext');
    return {
      ...base, columnId, expression: null, opclass: keyOps ? 'jsonb_ops' : 'jsonb_path_ops',
      reasons: [keyOps
        ? `GIN with jsonb_ops on ${column.name}: the pattern tests key existence (?) or containment the other way (<@), which only jsonb_ops supports.`
        : `GIN with jsonb_path_ops on ${column.name}: the pattern uses only @> / jsonpath, which jsonb_path_ops serves with a smaller, faster index than jsonb_ops.`],
    };
  }
  if (isArray(column)) return { ...base, columnId, expression: null, opclass: null, reasons: [`GIN on ${column.name}: array membership (@>, <@) needs an inverted index; a B-tree only compares whole arrays.`] };
  const type = baseType(column);
  if (type === 'tsvector') return { ...base, columnId, expression: null, opclass: null, reasons: [`GIN on ${column.name}: full-text matching (@@) looks up each lexeme in an inverted index.`] };
  if (type === 'text' || type === 'varchar') {
    return {
      ...base, columnId: null, expression: fulltextExpression(column.name), opclass: null,
      reasons: [`GIN on ${fulltextExpression(column.name)}: full-text search over a text column indexes its lexemes; the query must use the same expression (the 'simple' configuration: no stemming — store a tsvector column for language-aware search).`],
    };
  }
  return null;
}

/** The text-search expression the GIN index is built on and `patternQuery` matches. The two-argument form is immutable, so it can be indexed. */
export function fulltextExpression(columnName: string): string {
  return `to_tsvector('simple'::regconfig, ${ident(columnName)})`;
}

function vectorRequirement({ table, pattern, options }: RequirementInput): Requirement | null {
  const similarity = pattern.similarity!;
  const column = columnOf(table, similarity.columnId);
  const vector = vectorType(column);
  if (!vector) return null;
  const halfvec = vector.type === 'vector' && vector.dimensions !== null && vector.dimensions > 2000 && vector.dimensions <= 4000;
  const opclass = vectorOpclass(halfvec ? 'halfvec' : vector.type, similarity.distance);
  const reasons = [
    `${options.vectorIndex === 'hnsw' ? 'HNSW' : 'IVFFlat'} with ${opclass}: the pattern orders by ${similarity.distance.replace('_', ' ')} distance, and a vector index only serves the distance its operator class was built for.`,
    options.vectorIndex === 'hnsw'
      ? 'HNSW (m = 16, ef_construction = 64, pgvector\'s defaults) gives the best speed/recall trade-off and needs no training data; raise ef_search at query time for more recall.'
      : 'IVFFlat builds faster and smaller than HNSW; lists follow pgvector\'s guidance (rows / 1000 up to 1M rows, √rows above), and the index must be built after the table has data.',
  ];
  if (halfvec) reasons.push(`The index is on ${column.name}::halfvec(${vector.dimensions}): pgvector indexes at most 2,000 vector dimensions but 4,000 halfvec ones.`);
  if (pattern.filters.length > 0) reasons.push('Other filters are applied to the nearest neighbours the index returns; with selective filters use pgvector 0.8 iterative scans or a partial index per filter value.');
  return {
    kind: 'vector', patternId: pattern.id, method: options.vectorIndex, opclass, reasons,
    columnId: halfvec ? null : column.id, expression: halfvec ? `${ident(column.name)}::halfvec(${vector.dimensions})` : null,
  };
}
