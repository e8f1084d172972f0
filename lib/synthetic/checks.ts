/**
 * What the simple CHECK constraints of a column allow, read from their text:
 * `price >= 0`, `quantity > 0`, `score BETWEEN 1 AND 5`, `status IN ('a', 'b')`,
 * `char_length(code) <= 8`, joined by AND. Anything else is left alone — the
 * generator stays inside the bounds it understood and the database rejects
 * the rest, which the rehearsal reports.
 */
export interface ColumnBounds {
  /** Inclusive lower bound for numbers. */
  min: number | null;
  /** Inclusive upper bound for numbers. */
  max: number | null;
  /** `IN (…)` list, as SQL literals. */
  values: string[] | null;
  /** A length limit on text. */
  maxLength: number | null;
}

export const NO_BOUNDS: ColumnBounds = { min: null, max: null, values: null, maxLength: null };

const NUMBER = String.raw`(-?\d+(?:\.\d+)?)`;

/** Bounds on `column` (a name, or `VALUE` for a domain) from check expressions. */
export function boundsFromChecks(column: string, expressions: readonly string[]): ColumnBounds {
  const bounds: ColumnBounds = { ...NO_BOUNDS };
  const name = String.raw`(?:"${escape(column.replace(/"/g, '""'))}"|${escape(column)})`;
  const integerStep = 1;
  for (const expression of expressions) {
    for (const raw of splitAnd(stripParens(expression))) {
      const part = stripParens(raw.trim());
      let m: RegExpExecArray | null;
      if ((m = new RegExp(String.raw`^${name}\s*(>=|>|<=|<)\s*${NUMBER}$`, 'i').exec(part))) {
        apply(bounds, m[1]!, Number(m[2]), integerStep);
      } else if ((m = new RegExp(String.raw`^${NUMBER}\s*(>=|>|<=|<)\s*${name}$`, 'i').exec(part))) {
        apply(bounds, flip(m[2]!), Number(m[1]), integerStep);
      } else if ((m = new RegExp(String.raw`^${name}\s+BETWEEN\s+${NUMBER}\s+AND\s+${NUMBER}$`, 'i').exec(part))) {
        apply(bounds, '>=', Number(m[1]), integerStep);
        apply(bounds, '<=', Number(m[2]), integerStep);
      } else if ((m = new RegExp(String.raw`^${name}(?:::\w+)?\s*=\s*ANY\s*\(\(?ARRAY\[(.+)\]\)?(?:::[\w ]+\[\])?\)$`, 'i').exec(part))
        ?? (m = new RegExp(String.raw`^${name}\s+IN\s*\((.+)\)$`, 'i').exec(part))) {
        const values = splitList(m[1]!);
        if (values.length > 0) bounds.values = values;
      } else if ((m = new RegExp(String.raw`^(?:char_length|length)\s*\(\s*${name}\s*\)\s*(<=|<)\s*(\d+)$`, 'i').exec(part))) {
        const limit = Number(m[2]) - (m[1] === '<' ? 1 : 0);
        bounds.maxLength = Math.min(bounds.maxLength ?? limit, limit);
      }
    }
  }
  return bounds;
}

function apply(bounds: ColumnBounds, operator: string, value: number, step: number): void {
  // A strict bound moves by one step: exact for integers, and for numerics a
  // step of 1 keeps the generated values clear of the bound at any scale.
  if (operator === '>=') bounds.min = Math.max(bounds.min ?? value, value);
  if (operator === '>') bounds.min = Math.max(bounds.min ?? value + step, value + step);
  if (operator === '<=') bounds.max = Math.min(bounds.max ?? value, value);
  if (operator === '<') bounds.max = Math.min(bounds.max ?? value - step, value - step);
}

const flip = (op: string) => ({ '>=': '<=', '>': '<', '<=': '>=', '<': '>' })[op]!;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Removes parentheses around the whole expression, as PostgreSQL prints checks: `((price >= 0))`. */
function stripParens(text: string): string {
  let out = text.trim();
  while (out.startsWith('(') && out.endsWith(')') && balanced(out.slice(1, -1))) out = out.slice(1, -1).trim();
  return out;
}

function balanced(text: string): boolean {
  let depth = 0;
  let quoted = false;
  for (const char of text) {
    if (char === "'") quoted = !quoted;
    if (quoted) continue;
    if (char === '(') depth++;
    if (char === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Splits on top-level AND (outside parentheses and quotes); BETWEEN … AND stays whole. */
function splitAnd(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  let between = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === "'") quoted = !quoted;
    if (quoted) continue;
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (depth !== 0) continue;
    if (/^\sBETWEEN\s/i.test(text.slice(i, i + 9))) between = true;
    if (/^\sAND\s/i.test(text.slice(i, i + 5))) {
      if (between) {
        between = false;
        continue;
      }
      parts.push(text.slice(start, i));
      start = i + 5;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** `'a', 'b'` or `1, 2` → SQL literals; empty when the list holds anything else. */
function splitList(text: string): string[] {
  const items = text.match(/'(?:[^']|'')*'|-?\d+(?:\.\d+)?/g) ?? [];
  const rest = text.replace(/'(?:[^']|'')*'|-?\d+(?:\.\d+)?/g, '').replace(/[\s,]|::\w+/g, '');
  return rest === '' ? items : [];
}
