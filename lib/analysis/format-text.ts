import type { AnalysisFinding, AnalysisReport, AnalysisSummary } from './types';

/**
 * The report as `tablecraft check` prints it: findings grouped by table, one
 * line each (`table.column  severity  CODE  message`), then indented details:
 * the dependency and the normal form it breaks, why a suggestion was made,
 * the justification of an accepted finding. Ends with the counts.
 */
export function formatTextReport(report: AnalysisReport, options: { readonly tableCount?: number } = {}): string {
  const lines: string[] = [];
  let table: string | null = null;
  for (const f of report.findings) {
    if (f.tableId !== table) {
      if (table !== null) lines.push('');
      lines.push(f.tableName);
      table = f.tableId;
    }
    lines.push(`  ${subject(f)}  ${f.accepted ? 'accepted' : f.severity}  ${f.code}  ${f.message}`, ...details(f).map((d) => `      ${d}`));
  }
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(report.summary, options.tableCount));
  return `${lines.join('\n')}\n`;
}

/** `orders.customer_email`, `orders.(a, b)`, or the table alone; for a dependency, the columns that depend. */
function subject(f: AnalysisFinding): string {
  const names = f.dependency ? f.dependency.dependent.columnNames : f.columnNames;
  if (names.length === 0) return f.tableName;
  return `${f.tableName}.${names.length === 1 ? names[0] : `(${names.join(', ')})`}`;
}

function details(f: AnalysisFinding): string[] {
  const out: string[] = [];
  if (f.dependency) {
    const arrow = `${f.dependency.determinant.columnNames.join(', ')} → ${f.dependency.dependent.columnNames.join(', ')}`;
    out.push(f.normalForm ? `${arrow}  (breaks ${f.normalForm})` : arrow);
  } else if (f.normalForm) {
    out.push(`breaks ${f.normalForm}`);
  }
  if (f.inferred) out.push(`suggestion (confidence ${f.confidence?.toFixed(2) ?? '?'})${f.reason ? `: ${f.reason}` : ''}`);
  else if (f.reason && f.category !== 'normalization') out.push(f.reason);
  if (f.seeAlso) out.push(`see also lint rule ${f.seeAlso}`);
  if (f.accepted) out.push(`justified: ${f.justification ?? '(no justification recorded)'}`);
  return out;
}

function summaryLine(s: AnalysisSummary, tableCount: number | undefined): string {
  const checked = tableCount === undefined ? '' : `${plural(tableCount, 'table')} checked: `;
  const accepted = s.accepted > 0 ? `; ${s.accepted} accepted (not counted)` : '';
  if (s.errors + s.warnings + s.infos === 0) return `${checked}no problems found${accepted}.`;
  return `${checked}${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'info')} in ${plural(s.tablesWithFindings, 'table')}${accepted}.`;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
