import type { Table } from '../model/table';
import { literal } from '../sql/quote';
import { uniform, uniformInt } from './random';
import { wordValue } from './text-values';

type JsonKind = 'text' | 'number' | 'boolean' | 'array';

/**
 * The keys a JSON column's documents carry, inferred from what the diagram says
 * about it: the keys of its default (`'{"plan": "free"}'::jsonb`), the paths that
 * generated columns, index expressions and checks read (`payload->>'country'`,
 * `(attrs->>'weight')::numeric`). Without any, a small generic document, so GIN
 * indexes and containment queries have something to select on.
 */
export function jsonShape(table: Table, columnName: string, defaultSql: string | null): Map<string, JsonKind> {
  const keys = new Map<string, JsonKind>();
  const fromDefault = defaultSql ? /^'((?:[^']|'')*)'(?:::jsonb?)?$/.exec(defaultSql.trim()) : null;
  if (fromDefault) {
    try {
      const value = JSON.parse(fromDefault[1]!.replace(/''/g, "'")) as unknown;
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value)) keys.set(k, kindOf(v));
      }
    } catch {
      // Not JSON we can read: infer from the other sources only.
    }
  }
  const texts = [
    ...table.columns.flatMap((c) => (c.generated ? [c.generated.expression] : [])),
    ...table.indexes.flatMap((i) => [...i.keys.flatMap((k) => (k.expression ? [k.expression] : [])), ...(i.where ? [i.where] : [])]),
    ...table.checks.map((c) => c.expression),
  ];
  const name = String.raw`(?:"${columnName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"|\b${columnName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b)`;
  const path = new RegExp(String.raw`${name}\s*->>?\s*'([^']+)'\s*\)?\s*(?:::\s*(\w+))?`, 'g');
  for (const text of texts) {
    for (const m of text.matchAll(path)) {
      const cast = (m[2] ?? '').toLowerCase();
      const kind: JsonKind = /^(int|integer|bigint|smallint|numeric|decimal|real|float|double)/.test(cast) ? 'number' : cast.startsWith('bool') ? 'boolean' : 'text';
      if (!keys.has(m[1]!)) keys.set(m[1]!, kind);
    }
  }
  if (keys.size === 0) {
    keys.set('kind', 'text');
    keys.set('score', 'number');
    keys.set('flag', 'boolean');
    keys.set('tags', 'array');
  }
  return keys;
}

/** A `jsonb_build_object(…)` expression producing documents of `shape`. */
export function jsonValue(shape: Map<string, JsonKind>, salt: number): string {
  const parts = [...shape.entries()].map(([key, kind], i) => `${literal(key)}, ${valueOf(kind, salt + i * 7)}`);
  return `jsonb_build_object(${parts.join(', ')})`;
}

function valueOf(kind: JsonKind, salt: number): string {
  switch (kind) {
    case 'text': return wordValue(salt);
    case 'number': return uniformInt(salt, 1, 1000);
    // Rare, like most flags: a containment query for `true` is selective.
    case 'boolean': return `(${uniform(salt)} < 0.05)`;
    case 'array': return `jsonb_build_array(${wordValue(salt)}, ${wordValue(salt + 1)})`;
  }
}

function kindOf(value: unknown): JsonKind {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) return 'array';
  return 'text';
}
