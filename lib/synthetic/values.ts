import { literal } from '../sql/quote';
import type { ColumnBounds } from './checks';
import { integerMax, type ResolvedColumnType, type ValueType } from './column-kind';
import { jsonValue, type jsonShape } from './json-shape';
import { ROW, skewedPick, uniform, uniformInt } from './random';
import { textValue, wordValue } from './text-values';

/** What a generated column needs besides its expression: shared CTEs, joins, inner-select columns (vector pools). */
export interface Fragment {
  readonly expr: string;
  readonly strategy: string;
  readonly ctes?: readonly string[];
  readonly joins?: readonly string[];
  readonly inner?: readonly string[];
}

export interface ValueRequest {
  readonly table: string;
  readonly column: string;
  readonly type: ResolvedColumnType;
  readonly salt: number;
  readonly rows: number;
  readonly unique: boolean;
  readonly bounds: ColumnBounds;
  /** `[from, to)` as timestamptz literals: where times fall. */
  readonly window: { readonly from: string; readonly to: string };
  readonly json: ReturnType<typeof jsonShape> | null;
  /** A short unique tag for CTE and join aliases. */
  readonly tag: string;
}

const VECTOR_POOL = 128;

/** An SQL expression (with what it needs) for one column, or a reason it cannot be generated. */
export function valueFor(req: ValueRequest): Fragment | string {
  const { type } = req;
  if (type.arrayDims > 0) {
    if (type.value.kind === 'base' && ['vector', 'halfvec', 'sparsevec'].includes(type.value.name)) return 'arrays of vectors are not generated';
    let element = scalar({ ...req, unique: false, type: { ...type, arrayDims: 0 } }, type.value);
    if (typeof element === 'string') return element;
    for (let d = 0; d < type.arrayDims; d++) {
      const inner: string = element.expr;
      const other = scalar({ ...req, salt: req.salt + 101 * (d + 1), unique: false, type: { ...type, arrayDims: 0 } }, type.value);
      if (typeof other === 'string') return other;
      element = { expr: `ARRAY[${inner}, ${other.expr}]`, strategy: `array of ${element.strategy}` };
    }
    return { ...element, expr: `(${element.expr})::${type.sql}` };
  }
  const value = scalar(req, type.value);
  if (typeof value === 'string') return value;
  return { ...value, expr: `(${value.expr})::${type.sql}` };
}

function scalar(req: ValueRequest, value: ValueType): Fragment | string {
  const { salt, rows, unique, bounds } = req;
  if (value.kind === 'enum') {
    const labels = value.labels.map(literal);
    return unique
      ? { expr: `(ARRAY[${labels.join(', ')}])[1 + ((${ROW} - 1) % ${labels.length})]`, strategy: 'enum labels in turn (unique)' }
      : { expr: skewedPick(salt, labels), strategy: `enum, skewed over ${labels.length} labels` };
  }
  if (value.kind === 'custom') return `custom type ${value.sql} has no generator`;
  if (bounds.values && !unique) return { expr: skewedPick(salt, bounds.values), strategy: `one of the CHECK's ${bounds.values.length} values, skewed` };
  const [m0, m1] = value.modifiers;
  const time = (position: string) => `(${literal(req.window.from)}::timestamptz + (${literal(req.window.to)}::timestamptz - ${literal(req.window.from)}::timestamptz) * (${position}))`;
  // Later rows are later in time (ids and times grow together, as in production), with jitter within a row's slot.
  const position = unique ? `((${ROW} - 1)::float8 / ${Math.max(1, rows)})` : `((${ROW} - 1 + ${uniform(salt)}) / ${Math.max(1, rows)})`;
  switch (value.name) {
    case 'smallint': case 'integer': case 'bigint': case 'smallserial': case 'serial': case 'bigserial': case 'oid': {
      const lo = Math.ceil(bounds.min ?? 1);
      if (unique) return { expr: `${lo - 1} + ${ROW}`, strategy: `row number${lo !== 1 ? ` from ${lo}` : ''} (unique)` };
      const span = /quantity|qty/.test(req.column) ? 9 : value.name === 'smallint' ? 99 : 999;
      const hi = Math.floor(Math.min(bounds.max ?? lo + span, integerMax(value.name)));
      return { expr: uniformInt(salt, lo, hi), strategy: `integer in [${lo}, ${hi}]` };
    }
    case 'numeric': case 'real': case 'double precision': case 'money': {
      const scale = value.name === 'numeric' ? (m1 ?? (m0 !== undefined ? 0 : 2)) : 2;
      const limit = value.name === 'numeric' && m0 !== undefined ? 10 ** (m0 - scale) - 10 ** -scale : Infinity;
      const lo = bounds.min ?? 1;
      const hi = Math.min(bounds.max ?? lo + 999, limit);
      if (unique) return { expr: `${lo} + ${ROW}`, strategy: 'row number (unique)' };
      const raw = `(${lo} + ${uniform(salt)} * ${hi - lo})`;
      return { expr: value.name === 'numeric' || value.name === 'money' ? `round(${raw}::numeric, ${scale})` : raw, strategy: `number in [${lo}, ${hi}]` };
    }
    case 'text': case 'varchar': case 'char': case 'citext': {
      const limit = Math.min(m0 ?? Infinity, bounds.maxLength ?? Infinity);
      let text = textValue(req.column, salt, { unique, rows, table: req.table });
      if (Number.isFinite(limit)) text = unique ? `right(${text}, ${limit})` : `left(${text}, ${limit})`;
      return { expr: text, strategy: unique ? 'text numbered by row (unique)' : 'text by column name' };
    }
    case 'boolean': return { expr: `${uniform(salt)} < 0.3`, strategy: 'true for 30%' };
    case 'uuid': return { expr: `md5(${salt} || ':' || ${ROW})::uuid`, strategy: 'uuid from a hash of the row (deterministic, unique)' };
    case 'timestamptz': case 'timestamp': case 'date': {
      const cast = value.name === 'date' ? '::date' : value.name === 'timestamp' ? '::timestamp' : '';
      if (unique && value.name === 'date') return { expr: `${literal(req.window.from)}::date + ${ROW}::int`, strategy: 'one day per row (unique)' };
      return { expr: `${time(position)}${cast}`, strategy: `${unique ? 'distinct ' : ''}times from ${req.window.from} to ${req.window.to}, growing with the row` };
    }
    case 'time': case 'timetz': return { expr: `time '00:00' + ${uniform(salt)} * interval '24 hours'`, strategy: 'time of day' };
    case 'interval': return { expr: `${uniform(salt)} * interval '30 days'`, strategy: 'interval up to 30 days' };
    case 'json': case 'jsonb': {
      const shape = req.json!;
      return { expr: jsonValue(shape, salt), strategy: `JSON object with keys ${[...shape.keys()].join(', ')}` };
    }
    case 'jsonpath': return { expr: `'$.' || ${wordValue(salt)}`, strategy: 'jsonpath' };
    case 'bytea': return { expr: `decode(md5(${salt} || ':' || ${ROW}), 'hex')`, strategy: '16 bytes from a hash' };
    case 'inet': case 'cidr': return { expr: `'10.' || ((${ROW} >> 16) & 255) || '.' || ((${ROW} >> 8) & 255) || '.' || (${ROW} & 255)`, strategy: 'addresses in 10.0.0.0/8' };
    case 'macaddr': return { expr: `substr(md5(${salt} || ':' || ${ROW}), 1, 12)`, strategy: 'MAC from a hash' };
    case 'macaddr8': return { expr: `substr(md5(${salt} || ':' || ${ROW}), 1, 16)`, strategy: 'MAC from a hash' };
    case 'bit': case 'varbit': return { expr: `(${uniformInt(salt, 0, 2 ** Math.min(30, m0 ?? 8) - 1)})::int::bit(${m0 ?? 8})`, strategy: 'bits' };
    case 'tsvector': return { expr: `to_tsvector('simple', ${textValue('content', salt, { unique: false, rows, table: req.table })})`, strategy: 'tsvector of a paragraph' };
    case 'tsquery': return { expr: `plainto_tsquery('simple', ${wordValue(salt)})`, strategy: 'tsquery of a word' };
    case 'xml': return { expr: `('<item>' || ${wordValue(salt)} || '</item>')`, strategy: 'xml element' };
    case 'point': return { expr: `point(${uniform(salt)} * 100, ${uniform(salt + 1)} * 100)`, strategy: 'point in 100×100' };
    case 'box': return { expr: `box(point(${uniform(salt)} * 100, ${uniform(salt + 1)} * 100), point(${uniform(salt)} * 100 + 5, ${uniform(salt + 1)} * 100 + 5))`, strategy: 'box' };
    case 'circle': return { expr: `circle(point(${uniform(salt)} * 100, ${uniform(salt + 1)} * 100), 1 + ${uniform(salt + 2)} * 5)`, strategy: 'circle' };
    case 'lseg': return { expr: `lseg(point(0, 0), point(${uniform(salt)} * 100, ${uniform(salt + 1)} * 100))`, strategy: 'segment' };
    case 'int4range': case 'int8range': case 'numrange': {
      const a = uniformInt(salt, 1, 1000);
      return { expr: `${value.name}(${a}, ${a} + ${uniformInt(salt + 1, 1, 100)})`, strategy: 'range' };
    }
    case 'tstzrange': case 'tsrange': case 'daterange': {
      const cast = value.name === 'daterange' ? '::date' : value.name === 'tsrange' ? '::timestamp' : '';
      const start = `${time(position)}`;
      return { expr: `${value.name}((${start})${cast}, (${start} + interval '1 day' + ${uniform(salt + 1)} * interval '7 days')${cast})`, strategy: 'range of 1–8 days' };
    }
    case 'hstore': return { expr: `('"kind"=>"' || ${wordValue(salt)} || '"')`, strategy: 'hstore' };
    case 'ltree': return { expr: `('top.' || ${wordValue(salt)})`, strategy: 'ltree path' };
    case 'vector': case 'halfvec': return vectorPool(req, value.name, m0!);
    case 'sparsevec': return { expr: `'{' || ${uniformInt(salt, 1, m0!)} || ':1}/' || ${m0}`, strategy: `sparse vector of ${m0} dimensions` };
    default: return `type ${value.name} has no generator`;
  }
}

/**
 * Vectors with the column's dimensions: a pool of random unit-cube vectors
 * built once per statement, each row the sum of two of them, so nearby rows
 * cluster (like topics) without computing thousands of floats per row.
 */
function vectorPool(req: ValueRequest, kind: 'vector' | 'halfvec', dims: number): Fragment {
  const pool = `pool_${req.tag}`;
  const element = uniform(req.salt + 7, `i * ${dims} + j`);
  return {
    expr: `pa_${req.tag}.v + pb_${req.tag}.v`,
    strategy: `${kind}(${dims}): sums of two of ${VECTOR_POOL} random vectors`,
    ctes: [`${pool} AS (SELECT i, array_agg((${element} - 0.5)::float4 ORDER BY j)::${kind}(${dims}) AS v FROM generate_series(0, ${VECTOR_POOL - 1}) AS i, generate_series(1, ${dims}) AS j GROUP BY i)`],
    inner: [`${uniformInt(req.salt, 0, VECTOR_POOL - 1, 'g')} AS va_${req.tag}`, `${uniformInt(req.salt + 1, 0, VECTOR_POOL - 1, 'g')} AS vb_${req.tag}`],
    joins: [`JOIN ${pool} AS pa_${req.tag} ON pa_${req.tag}.i = s.va_${req.tag}`, `JOIN ${pool} AS pb_${req.tag} ON pb_${req.tag}.i = s.vb_${req.tag}`],
  };
}
