import type { Finding, LintReport } from './types';

/**
 * The report as text, one finding a line like a compiler:
 *   migrations/002.sql:4:1  error  TC005 index-without-concurrently  Building index …
 * Suppressed findings are left out of the text (they are in the JSON, with their reason).
 */
export function formatTextReport(report: LintReport): string {
  const lines = report.findings.filter((f) => !f.suppressed).map(formatFinding);
  const { errors, warnings, infos, suppressed } = report.summary;
  const files = `${report.files.length} file${report.files.length === 1 ? '' : 's'}`;
  const counts = [count(errors, 'error'), count(warnings, 'warning'), count(infos, 'info')].join(', ');
  lines.push(`${lines.length ? '\n' : ''}${files} linted (PostgreSQL ${report.pgVersion}): ${counts}${suppressed ? `, ${suppressed} suppressed` : ''}.`);
  return `${lines.join('\n')}\n`;
}

export function formatFinding(finding: Finding): string {
  const { file, line, column } = finding.location;
  return `${file}:${line}:${column}  ${finding.severity}  ${finding.ruleId} ${finding.slug}  ${finding.message}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun === 'info' ? noun : `${noun}${n === 1 ? '' : 's'}`}`;
}
