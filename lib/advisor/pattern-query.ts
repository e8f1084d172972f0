import type { DiagramDocument } from '../model/document';
import { err, ok, type Result } from '../result';
import { ident, numberLiteral, qualified } from '../sql/quote';
import { columnOf } from './context';
import { vectorType } from './column-types';
import type { PatternFilter } from './findings';
import { constantClause, isConstantFilter } from './predicates';
import { fulltextExpression } from './requirement';

/** What the caller must bind to each `$n` of a pattern query. */
export interface PatternParam {
  readonly position: number;
  readonly columnId: string;
  readonly column: string;
  readonly operator: PatternFilter['operator'] | 'similarity';
  /** Plain words: "a value of orders.user_id", "the lower bound of products.price", … */
  readonly meaning: string;
}

const DISTANCE_OPERATOR = { l2: '<->', cosine: '<=>', inner_product: '<#>', l1: '<+>', hamming: '<~>', jaccard: '<%>' } as const;
const COMPARE = { eq: '=', neq: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

/**
 * Renders an access pattern as the parameterized SELECT it stands for, written so
 * the indexes the advisor proposes apply: constants inline (partial index
 * predicates match their text), full text through the same expression the GIN
 * index is built on, vector distance with the pattern's operator. EXPLAIN and the
 * rehearsal run this; the caller binds `params`.
 */
export function patternQuery(doc: DiagramDocument, tableId: string, patternId: string): Result<{ sql: string; params: PatternParam[] }, string> {
  const table = doc.tables.find((t) => t.id === tableId);
  if (!table) return err(`no table "${tableId}" in the diagram`);
  const pattern = table.accessPatterns.find((p) => p.id === patternId);
  if (!pattern) return err(`table "${table.name}" has no access pattern "${patternId}"`);
  const schema = doc.schemas.find((s) => s.id === table.schemaId)!.name;
  const params: PatternParam[] = [];
  const param = (columnId: string, operator: PatternParam['operator'], meaning: string) => {
    const column = columnOf(table, columnId).name;
    params.push({ position: params.length + 1, columnId, column, operator, meaning: `${meaning} ${table.name}.${column}` });
    return `$${params.length}`;
  };
  const where = pattern.filters.map((f) => {
    if (isConstantFilter(f)) return constantClause(table, f);
    const col = ident(columnOf(table, f.columnId).name);
    switch (f.operator) {
      case 'eq': case 'neq': case 'lt': case 'lte': case 'gt': case 'gte':
        return `${col} ${COMPARE[f.operator]} ${param(f.columnId, f.operator, 'a value of')}`;
      case 'in': return `${col} = ANY(${param(f.columnId, f.operator, 'an array of values of')})`;
      case 'between': return `${col} BETWEEN ${param(f.columnId, f.operator, 'the lower bound of')} AND ${param(f.columnId, f.operator, 'the upper bound of')}`;
      case 'prefix': return `${col} LIKE ${param(f.columnId, f.operator, "a LIKE pattern such as 'abc%' for")}`;
      case 'contains': return `${col} @> ${param(f.columnId, f.operator, 'a value contained in')}`;
      case 'contained_by': return `${col} <@ ${param(f.columnId, f.operator, 'a value containing')}`;
      case 'has_key': return `${col} ? ${param(f.columnId, f.operator, 'a key of')}`;
      case 'jsonpath': return `${col} @? ${param(f.columnId, f.operator, 'a jsonpath over')}::jsonpath`;
      case 'fulltext': {
        const column = columnOf(table, f.columnId);
        const isVector = column.type.kind === 'base' && column.type.name === 'tsvector';
        const query = `plainto_tsquery('simple'::regconfig, ${param(f.columnId, f.operator, 'search words for')})`;
        return `${isVector ? col : fulltextExpression(column.name)} @@ ${query}`;
      }
      case 'is_null': case 'is_not_null': throw new Error('unreachable: null tests are constant filters');
    }
  });
  const order = pattern.orderBy.map((s) => `${ident(columnOf(table, s.columnId).name)}${s.direction === 'desc' ? ' DESC' : ''}${s.nulls ? ` NULLS ${s.nulls.toUpperCase()}` : ''}`);
  let limit = pattern.limit;
  if (pattern.similarity) {
    const column = columnOf(table, pattern.similarity.columnId);
    const vector = vectorType(column);
    const halfvec = vector?.type === 'vector' && vector.dimensions !== null && vector.dimensions > 2000 && vector.dimensions <= 4000;
    const cast = halfvec ? `::halfvec(${vector!.dimensions})` : '';
    const target = `${ident(column.name)}${cast}`;
    order.unshift(`${halfvec ? `(${target})` : target} ${DISTANCE_OPERATOR[pattern.similarity.distance]} ${param(column.id, 'similarity', 'a query vector for')}${cast}`);
    limit = limit ?? pattern.similarity.k;
  }
  const select = pattern.select.length > 0 ? pattern.select.map((id) => ident(columnOf(table, id).name)).join(', ') : '*';
  const sql = [
    `SELECT ${select} FROM ${qualified(schema, table.name)}`,
    where.length > 0 ? `WHERE ${where.join(' AND ')}` : '',
    order.length > 0 ? `ORDER BY ${order.join(', ')}` : '',
    limit !== null ? `LIMIT ${numberLiteral(limit)}` : '',
  ].filter(Boolean).join(' ');
  return ok({ sql, params });
}
