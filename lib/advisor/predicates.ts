import type { PatternFilter } from './findings';
import type { Table } from '../model/table';
import { ident, literal } from '../sql/quote';
import { columnOf } from './context';
import { isBoolean, isNumeric } from './column-types';

const OPERATOR_SQL: Partial<Record<PatternFilter['operator'], string>> = {
  eq: '=', neq: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=',
};

/** Filters whose value is fixed by the pattern, so they can become a partial index predicate. */
export function isConstantFilter(filter: PatternFilter): boolean {
  if (filter.operator === 'is_null' || filter.operator === 'is_not_null') return true;
  return filter.constant !== null && OPERATOR_SQL[filter.operator] !== undefined;
}

/** A constant as SQL: numbers and booleans bare, anything else a quoted literal (already-quoted input is unwrapped first). */
export function constantSql(table: Table, columnId: string, value: string): string {
  const column = columnOf(table, columnId);
  const trimmed = value.trim();
  if (isBoolean(column) && /^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase();
  if (isNumeric(column) && /^-?\d+(\.\d+)?$/.test(trimmed)) return trimmed;
  const unquoted = /^'(.*)'$/s.exec(trimmed);
  return literal(unquoted ? unquoted[1]!.replace(/''/g, "'") : value);
}

/**
 * `"status" = 'active'`, `"archived_at" IS NULL`: the clause a constant filter
 * adds to the query. The same text is the partial index predicate and what
 * `patternQuery` writes, so the planner can prove the index applies.
 */
export function constantClause(table: Table, filter: PatternFilter): string {
  const column = ident(columnOf(table, filter.columnId).name);
  if (filter.operator === 'is_null') return `${column} IS NULL`;
  if (filter.operator === 'is_not_null') return `${column} IS NOT NULL`;
  return `${column} ${OPERATOR_SQL[filter.operator]} ${constantSql(table, filter.columnId, filter.constant!)}`;
}

/** Splits a predicate at top-level ANDs and normalizes each clause for comparison. */
export function predicateClauses(predicate: string | null): string[] {
  if (predicate === null) return [];
  return splitTopLevelAnd(stripParens(predicate)).map(normalizeClause);
}

/** An index predicate applies to a query when each of its clauses is one of the query's clauses. */
export function predicateImplied(indexClauses: readonly string[], queryClauses: readonly string[]): boolean {
  return indexClauses.every((c) => queryClauses.includes(c));
}

/** Lower-case outside literals, quotes dropped from plain identifiers, `NOT x` ≡ `x = false`. */
export function normalizeClause(clause: string): string {
  let text = stripParens(clause.trim()).replace(/\s+/g, ' ');
  text = text.replace(/'(?:[^']|'')*'|"([a-z_][a-z0-9_$]*)"|[^'"]+/gi, (part, quotedIdent: string | undefined) =>
    quotedIdent !== undefined ? quotedIdent : part.startsWith("'") ? part : part.toLowerCase());
  text = text.replace(/\s*(<>|!=|<=|>=|=|<|>)\s*/g, (_m, op: string) => ` ${op === '!=' ? '<>' : op} `);
  const not = /^not ([a-z_][a-z0-9_$]*)$/.exec(text);
  if (not) return `${not[1]} = false`;
  if (/^[a-z_][a-z0-9_$]*$/.test(text)) return `${text} = true`;
  return text;
}

function stripParens(text: string): string {
  let t = text.trim();
  while (t.startsWith('(') && t.endsWith(')') && balanced(t.slice(1, -1))) t = t.slice(1, -1).trim();
  return t;
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

function splitTopLevelAnd(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") quoted = !quoted;
    if (quoted) continue;
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth === 0 && /^\sand\s/i.test(text.slice(i, i + 5))) {
      parts.push(text.slice(start, i));
      start = i + 5;
      i += 3;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}
