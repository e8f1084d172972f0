import type { ScanToken } from 'libpg-query';
import type { StatementSource } from './source';

/**
 * libpg-query has no deparser, so expression text (defaults, checks, index
 * predicates) is cut from the source. The parse tree gives where an expression
 * starts but not where it ends; the end comes from the SQL syntax around it,
 * found on the scanner's tokens: the matching parenthesis of `CHECK (…)`, the
 * next column constraint after `DEFAULT …`, the end of the statement after
 * `WHERE …`. Everything works on token indexes into `StatementSource.tokens`.
 */

const OPENERS = new Set(['(', '[']);
const CLOSERS = new Set([')', ']']);

export interface TokenRange { from: number; to: number }

/** Index of the first token starting at or after a byte offset. */
export function tokenAt(st: StatementSource, offset: number): number {
  const tokens = st.tokens;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function matchingClose(tokens: readonly ScanToken[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    if (OPENERS.has(text)) depth++;
    else if (CLOSERS.has(text) && --depth === 0) return i;
  }
  return tokens.length - 1;
}

export function rangeText(st: StatementSource, range: TokenRange): string {
  const tokens = st.tokens;
  if (range.to < range.from) return '';
  return st.text(tokens[range.from]!.start, tokens[range.to]!.end);
}

/** Drops parentheses that wrap the whole range: pg_dump writes `CHECK ((price > 0))`. */
export function unwrap(st: StatementSource, range: TokenRange): TokenRange {
  let { from, to } = range;
  while (to > from && st.tokens[from]!.text === '(' && matchingClose(st.tokens, from) === to) {
    from++;
    to--;
  }
  return { from, to };
}

/** The first `(` at or after `offset`. */
export function openParenAfter(st: StatementSource, offset: number): number {
  const tokens = st.tokens;
  for (let i = tokenAt(st, offset); i < tokens.length; i++) if (tokens[i]!.text === '(') return i;
  return -1;
}

/** The text inside the first parenthesis group at or after `offset`: `CHECK (…)`, `GENERATED ALWAYS AS (…)`. */
export function parenthesizedAfter(st: StatementSource, offset: number, options: { unwrap?: boolean } = {}): string | null {
  const open = openParenAfter(st, offset);
  if (open < 0) return null;
  const inner = { from: open + 1, to: matchingClose(st.tokens, open) - 1 };
  return rangeText(st, options.unwrap ? unwrap(st, inner) : inner) || null;
}

/** Comma-separated items of the group opened at `open`, as token ranges. */
export function listItems(st: StatementSource, open: number): TokenRange[] {
  const tokens = st.tokens;
  const close = matchingClose(tokens, open);
  const items: TokenRange[] = [];
  let depth = 0;
  let from = open + 1;
  for (let i = open + 1; i < close; i++) {
    const text = tokens[i]!.text;
    if (OPENERS.has(text)) depth++;
    else if (CLOSERS.has(text)) depth--;
    else if (text === ',' && depth === 0) {
      items.push({ from, to: i - 1 });
      from = i + 1;
    }
  }
  if (close > from - 1 && from <= close - 1) items.push({ from, to: close - 1 });
  return items;
}

/**
 * The expression of an index or partition key item: `(a + b)` → `a + b`;
 * `lower(email) text_pattern_ops DESC` → `lower(email)` (a bare key expression
 * is a single function call, so it ends with the call's parenthesis).
 */
export function keyExpression(st: StatementSource, item: TokenRange): string {
  const tokens = st.tokens;
  if (tokens[item.from]!.text === '(') return rangeText(st, { from: item.from + 1, to: matchingClose(tokens, item.from) - 1 });
  for (let i = item.from; i <= item.to; i++) {
    if (tokens[i]!.text === '(') return rangeText(st, { from: item.from, to: matchingClose(tokens, i) });
    const next = tokens[i + 1]?.text;
    if (tokens[i]!.text !== '.' && next !== '.' && next !== '(') return rangeText(st, { from: item.from, to: i });
  }
  return rangeText(st, item);
}

// Words that end a DEFAULT expression inside a column or domain definition.
const AFTER_DEFAULT = new Set([
  'NOT', 'NULL', 'CONSTRAINT', 'CHECK', 'DEFAULT', 'PRIMARY', 'UNIQUE', 'REFERENCES',
  'GENERATED', 'COLLATE', 'DEFERRABLE', 'INITIALLY',
]);

/**
 * `DEFAULT <expr>` in a column or domain definition. The expression runs until a
 * comma or closing parenthesis at its own level, or the next constraint keyword;
 * `IS NOT DISTINCT FROM NULL` keeps its NOT and NULL because of the word before.
 */
export function defaultExpression(st: StatementSource, constraintOffset: number): string | null {
  const tokens = st.tokens;
  let i = tokenAt(st, constraintOffset);
  while (i < tokens.length && tokens[i]!.text.toUpperCase() !== 'DEFAULT') i++;
  const from = i + 1;
  let depth = 0;
  let to = from - 1;
  for (let j = from; j < tokens.length; j++) {
    const text = tokens[j]!.text;
    const word = text.toUpperCase();
    if (OPENERS.has(text)) depth++;
    else if (CLOSERS.has(text)) { if (depth === 0) break; depth--; }
    else if (depth === 0 && j > from) {
      if (text === ',' || text === ';') break;
      const previous = tokens[j - 1]!.text.toUpperCase();
      if (AFTER_DEFAULT.has(word) && !(word === 'NOT' && previous === 'IS') && !(word === 'NULL' && (previous === 'FROM' || previous === 'IS' || previous === 'NOT'))) break;
    }
    to = j;
  }
  return rangeText(st, { from, to }) || null;
}

/**
 * An expression that runs to the end of its clause: `WHERE …` at the end of
 * CREATE INDEX, `SET DEFAULT …` before the next `,` subcommand. It starts at
 * the leftmost location in its parse tree; parentheses opened before that
 * location (`(a + b) * c` starts at `a`) are taken back in.
 */
export function trailingExpression(st: StatementSource, node: unknown): string | null {
  const start = minLocation(node);
  if (start === null) return null;
  const tokens = st.tokens;
  let from = tokenAt(st, start);
  let depth = 0;
  let lowest = 0;
  let to = from - 1;
  for (let j = from; j < tokens.length; j++) {
    const text = tokens[j]!.text;
    if (depth <= 0 && (text === ',' || text === ';')) break;
    if (OPENERS.has(text)) depth++;
    else if (CLOSERS.has(text)) lowest = Math.min(lowest, --depth);
    to = j;
  }
  for (let k = 0; k < -lowest && from > 0 && tokens[from - 1]!.text === '('; k++) from--;
  // A closing parenthesis left unmatched belongs to the surrounding syntax.
  while (to > from && tokens[to]!.text === ')' && depthOf(tokens, from, to) < 0) to--;
  return rangeText(st, { from, to }) || null;
}

function depthOf(tokens: readonly ScanToken[], from: number, to: number): number {
  let depth = 0;
  for (let i = from; i <= to; i++) {
    if (OPENERS.has(tokens[i]!.text)) depth++;
    else if (CLOSERS.has(tokens[i]!.text)) depth--;
  }
  return depth;
}

/** The smallest `location` anywhere in a parse-tree value; -1 means "unknown" in libpg-query. */
export function minLocation(node: unknown): number | null {
  let best: number | null = null;
  const visit = (value: unknown) => {
    if (Array.isArray(value)) { value.forEach(visit); return; }
    if (value === null || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'location' && typeof inner === 'number' && inner >= 0) best = best === null ? inner : Math.min(best, inner);
      else visit(inner);
    }
  };
  visit(node);
  return best;
}
