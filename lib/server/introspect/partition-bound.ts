import type { PartitionBound } from '../../model/table-parts';

/**
 * The document's bound model from `pg_get_expr(relpartbound)`:
 * `FOR VALUES FROM ('2025-01-01 00:00:00+00') TO (MAXVALUE)`, `FOR VALUES IN ('eu', 'uk')`,
 * `FOR VALUES WITH (modulus 4, remainder 1)`, `DEFAULT`. Values stay as
 * PostgreSQL prints them (quoted literals, bare numbers, MINVALUE/MAXVALUE),
 * which the DDL generator writes back unchanged. Null when it cannot be read.
 */
export function parsePartitionBound(text: string): PartitionBound | null {
  const bound = text.trim();
  if (/^DEFAULT$/i.test(bound)) return { kind: 'default' };
  const hash = /^FOR VALUES WITH \(\s*modulus (\d+),\s*remainder (\d+)\s*\)$/i.exec(bound);
  if (hash) return { kind: 'hash', modulus: Number(hash[1]), remainder: Number(hash[2]) };
  const list = /^FOR VALUES IN \((.*)\)$/is.exec(bound);
  if (list) {
    const values = splitValues(list[1]!);
    return values.length > 0 ? { kind: 'list', values } : null;
  }
  const range = /^FOR VALUES FROM \((.*)\) TO \((.*)\)$/is.exec(bound);
  if (range) {
    const from = splitValues(range[1]!);
    const to = splitValues(range[2]!);
    return from.length > 0 && to.length > 0 ? { kind: 'range', from, to } : null;
  }
  return null;
}

/** Splits `'a, b', 3, MAXVALUE` at top-level commas, respecting quoted literals; drops `::type` casts. */
function splitValues(text: string): string[] {
  const values: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'") {
      if (quoted && text[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === ',' && !quoted) {
      values.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim() !== '') values.push(current.trim());
  return values.map((v) => v.replace(/::[a-z_ ]+(\[\])?$/i, ''));
}
