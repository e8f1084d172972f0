import type pg from 'pg';
import type { PatternParam } from '../../advisor';
import type { DiagramDocument } from '../../model/document';
import type { Table } from '../../model/table';
import { ident, qualified } from '../../sql/quote';

/**
 * Parameter values for a pattern query, taken from the rehearsal data so the
 * plan sees real selectivity: an existing value for equality, a narrow band
 * of percentiles for ranges, a key and a sub-document of a stored JSON value
 * for containment, a stored vector for similarity. Values travel as text and
 * PostgreSQL casts them to the parameter's type.
 */
export async function sampleParams(client: pg.Client, doc: DiagramDocument, table: Table, params: readonly PatternParam[]): Promise<{ values: (string | null)[] } | { missing: string }> {
  const from = qualified(doc.schemas.find((s) => s.id === table.schemaId)!.name, table.name);
  const values: (string | null)[] = [];
  for (let i = 0; i < params.length; i++) {
    const p = params[i]!;
    const column = table.columns.find((c) => c.id === p.columnId)!;
    const col = ident(column.name);
    const isJson = column.type.kind === 'base' && (column.type.name === 'jsonb' || column.type.name === 'json');
    const isArray = 'arrayDims' in column.type && column.type.arrayDims > 0;
    const nonNull = `FROM ${from} WHERE ${col} IS NOT NULL`;
    // A row a third of the way in: deterministic, and typical rather than extreme.
    const middle = `OFFSET (SELECT count(*) / 3 ${nonNull}) LIMIT 1`;
    let sql: string;
    switch (p.operator) {
      case 'eq': case 'neq': case 'contained_by': case 'similarity':
        sql = `SELECT ${col}::text AS v ${nonNull} ${middle}`; break;
      case 'lt': case 'lte': sql = `SELECT (percentile_disc(0.02) WITHIN GROUP (ORDER BY ${col}))::text AS v ${nonNull}`; break;
      case 'gt': case 'gte': sql = `SELECT (percentile_disc(0.98) WITHIN GROUP (ORDER BY ${col}))::text AS v ${nonNull}`; break;
      case 'between': {
        // Two parameters in a row: the lower bound, then the upper one.
        const isLower = params[i + 1]?.columnId === p.columnId && params[i + 1]?.operator === 'between';
        sql = `SELECT (percentile_disc(${isLower ? 0.5 : 0.52}) WITHIN GROUP (ORDER BY ${col}))::text AS v ${nonNull}`;
        break;
      }
      case 'in': sql = `SELECT array_agg(v)::text AS v FROM (SELECT DISTINCT ${col} AS v ${nonNull} LIMIT 3) AS x`; break;
      case 'prefix': sql = `SELECT left(${col}::text, 3) || '%' AS v ${nonNull} ${middle}`; break;
      case 'contains':
        sql = isJson
          ? `SELECT jsonb_build_object(e.key, e.value)::text AS v FROM ${from}, jsonb_each(${col}::jsonb) AS e WHERE jsonb_typeof(e.value) IN ('string', 'number', 'boolean') LIMIT 1 OFFSET 17`
          : isArray ? `SELECT ARRAY[${col}[1]]::text AS v ${nonNull} ${middle}` : `SELECT ${col}::text AS v ${nonNull} ${middle}`;
        break;
      case 'has_key': sql = `SELECT k AS v FROM ${from}, jsonb_object_keys(${col}::jsonb) AS k LIMIT 1`; break;
      case 'jsonpath': sql = `SELECT '$.' || to_json(k)::text AS v FROM ${from}, jsonb_object_keys(${col}::jsonb) AS k LIMIT 1`; break;
      case 'fulltext':
        sql = column.type.kind === 'base' && column.type.name === 'tsvector'
          ? `SELECT (tsvector_to_array(${col}))[1] AS v ${nonNull} ${middle}`
          : `SELECT split_part(${col}::text, ' ', 1) AS v ${nonNull} ${middle}`;
        break;
      default: return { missing: `no sampler for ${p.operator}` };
    }
    const { rows } = await client.query<{ v: string | null }>(sql);
    if (rows.length === 0 || rows[0]!.v === null) return { missing: `no data to take ${p.meaning} from` };
    values.push(rows[0]!.v);
  }
  return { values };
}
