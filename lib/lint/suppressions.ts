import type { ParsedStatement, SqlComment } from './parse-sql';
import { findRule } from './registry';

/**
 * Suppression comments. Each must name the rules it silences and say why:
 *
 *   -- tablecraft-lint-disable-next-statement TC005, TC017: table is empty at this point
 *   -- tablecraft-lint-disable-file TC012: legacy schema, ids stay serial until v3
 *
 * A directive without a reason, or naming an unknown rule, is reported and
 * suppresses nothing: an unexplained silence is exactly what this guards against.
 */
export interface Suppression {
  readonly scope: 'next-statement' | 'file';
  readonly ruleIds: readonly string[];
  readonly reason: string;
  /** For `next-statement`: the index of the statement it applies to. */
  readonly statementIndex: number;
  /** Byte offset of the comment. */
  readonly offset: number;
  used: boolean;
}

export interface SuppressionProblem {
  readonly message: string;
  readonly offset: number;
}

const DIRECTIVE = /^--\s*tablecraft-lint-disable-(next-statement|file)(?=\s|$)(.*)$/s;

export function readSuppressions(comments: readonly SqlComment[], statements: readonly ParsedStatement[]) {
  const suppressions: Suppression[] = [];
  const problems: SuppressionProblem[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.text.trim());
    if (!match) continue;
    const scope = match[1] as Suppression['scope'];
    const body = match[2]!.trim();
    const colon = body.indexOf(':');
    const names = (colon === -1 ? body : body.slice(0, colon)).split(/[\s,]+/).filter(Boolean);
    const reason = colon === -1 ? '' : body.slice(colon + 1).trim();
    const directive = `tablecraft-lint-disable-${scope}`;
    const problem = (message: string) => problems.push({ message: `${directive}: ${message}`, offset: comment.start });
    if (names.length === 0) {
      problem('name the rule(s) to suppress, then a colon and the reason, e.g. "TC005: table is empty at this point".');
      continue;
    }
    const unknown = names.filter((name) => !findRule(name));
    if (unknown.length) {
      problem(`unknown rule ${unknown.map((n) => `"${n}"`).join(', ')}; nothing is suppressed.`);
      continue;
    }
    if (!reason) {
      problem(`a reason is required after a colon ("${names.join(', ')}: <why this is safe here>"); nothing is suppressed.`);
      continue;
    }
    const next = statements.findIndex((s) => s.start >= comment.end);
    if (scope === 'next-statement' && next === -1) {
      problem('no statement follows it; nothing is suppressed.');
      continue;
    }
    suppressions.push({ scope, ruleIds: names.map((n) => findRule(n)!.id), reason, statementIndex: next, offset: comment.start, used: false });
  }
  return { suppressions, problems };
}

/** The suppression that silences a finding of `ruleId` on statement `statementIndex`, if any (marking it used). */
export function matchSuppression(suppressions: readonly Suppression[], ruleId: string, statementIndex: number): Suppression | undefined {
  const match = suppressions.find((s) => s.ruleIds.includes(ruleId) && (s.scope === 'file' || s.statementIndex === statementIndex));
  if (match) match.used = true;
  return match;
}
