import type { CatalogSnapshot } from './catalog';

/**
 * PostgreSQL stores expressions in its own canonical form (`price >= 0` comes
 * back as `(price >= (0)::numeric)`, `x IN ('a')` as `x = ANY (ARRAY['a'::text])`).
 * To compare the catalog with the document, every expression is reduced to the
 * set of names, literals and numbers it mentions, casts removed. That still
 * catches a wrong column, value or function; it ignores PostgreSQL's rewriting.
 */
const CAST = /::\s*(?:"(?:[^"]|"")*"|[a-z_][a-z0-9_]*)(?:\s*\.\s*(?:"(?:[^"]|"")*"|[a-z_][a-z0-9_]*))?(?:\s*\(\s*\d+(?:\s*,\s*\d+)?\s*\))?(?:\s+(?:varying|precision|with|without|time|zone))*(?:\s*\[\])*/gi;
const TOKEN = /'(?:[^']|'')*'|"(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*|\d+(?:\.\d+)?/g;
const IGNORED = new Set(['any', 'array', 'in', 'between', 'and']);

export function expressionTokens(expression: string | null): string | null {
  if (expression === null) return null;
  const tokens = new Set<string>();
  for (const [token] of expression.replace(CAST, '').matchAll(TOKEN)) {
    let t = token;
    if (t.startsWith('"')) t = t.slice(1, -1).replace(/""/g, '"');
    else if (t.startsWith("'")) t = t.replace(/ 00:00:00(\+00)?'$/, "'").replace(/\+00'$/, "'");
    else t = t.toLowerCase();
    if (!IGNORED.has(t)) tokens.add(t);
  }
  return [...tokens].sort().join(' ');
}

/** The snapshot with every expression reduced to tokens and the diagnostic `definition` texts dropped. */
export function comparable(snapshot: CatalogSnapshot): unknown {
  const e = expressionTokens;
  return {
    ...snapshot,
    domains: snapshot.domains.map((d) => ({ ...d, default: e(d.default), checks: d.checks.map((c) => ({ ...c, expression: e(c.expression) })) })),
    tables: snapshot.tables.map((t) => ({
      ...t,
      partitionKey: e(t.partitionKey),
      partitions: t.partitions.map((p) => ({ ...p, bound: e(p.bound) })),
      columns: t.columns.map((c) => ({ ...c, default: e(c.default), generated: e(c.generated) })),
      constraints: t.constraints.map(({ definition: _d, ...c }) => ({ ...c, expression: e(c.expression) })),
      indexes: t.indexes.map(({ definition: _d, ...i }) => ({
        ...i, predicate: e(i.predicate), keys: i.keys.map((k) => ({ ...k, expression: e(k.expression) })),
      })),
    })),
  };
}
