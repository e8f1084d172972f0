import { CATEGORIES, SEVERITIES, type AnalysisFinding, type AnalysisSummary, type Category, type Severity } from './types';

/**
 * Orders findings for reading: tables in document order; within a table open
 * findings before accepted ones, then by severity, category, code and columns,
 * so the same document always prints the same report.
 */
export function sortFindings(findings: readonly AnalysisFinding[], tableOrder: readonly string[]): AnalysisFinding[] {
  const tableRank = new Map(tableOrder.map((id, i) => [id, i]));
  const rank = (f: AnalysisFinding): (number | string)[] => [
    tableRank.get(f.tableId) ?? tableOrder.length, f.accepted ? 1 : 0, SEVERITIES.indexOf(f.severity),
    CATEGORIES.indexOf(f.category), f.code, f.columnNames.join(','),
  ];
  return [...findings].sort((a, b) => compareTuples(rank(a), rank(b)));
}

function compareTuples(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x === y) continue;
    return typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/** Counts of what is still open; accepted findings are counted apart and never make `hasErrors` true. */
export function summarize(findings: readonly AnalysisFinding[]): AnalysisSummary {
  const open = findings.filter((f) => !f.accepted);
  const bySeverity = (s: Severity) => open.filter((f) => f.severity === s).length;
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, open.filter((f) => f.category === c).length])) as Record<Category, number>;
  const errors = bySeverity('error');
  return {
    errors, warnings: bySeverity('warning'), infos: bySeverity('info'),
    accepted: findings.length - open.length, total: findings.length,
    byCategory, tablesWithFindings: new Set(open.map((f) => f.tableId)).size,
    hasErrors: errors > 0,
  };
}

/** The CI gate: whether open findings reach `threshold` (`error`, or `warning` to fail on warnings too). */
export function failsAt(summary: AnalysisSummary, threshold: 'error' | 'warning'): boolean {
  return summary.errors > 0 || (threshold === 'warning' && summary.warnings > 0);
}
