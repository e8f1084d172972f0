import { analyzeDiagram } from '../analysis/analyze';
import type { AnalysisFinding } from '../analysis/types';
import type { DiagramDocument } from '../model/document';

/**
 * `docs/design-review.md`: what the normalization check and the design advisor say
 * about the diagram at export time — open findings per table, then the accepted
 * ones with their written justification, so a reviewer of the bundle sees both
 * the known problems and the denormalizations the team chose on purpose.
 */
export function designReview(doc: DiagramDocument): string {
  const { findings, summary } = analyzeDiagram(doc);
  const open = findings.filter((f) => !f.accepted);
  const accepted = findings.filter((f) => f.accepted);
  const lines = [
    `# Design review: ${doc.name}`,
    '',
    `${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.infos} note(s) open; ${summary.accepted} accepted with a justification.`,
    'Produced by `tablecraft check` (normalization and design advisor). Re-run it after changing the diagram.',
    '',
  ];
  if (open.length === 0) lines.push('No open findings.', '');
  for (const [table, items] of groupByTable(open)) {
    lines.push(`## ${table}`, '');
    for (const f of items) lines.push(`- **${f.severity}** \`${f.code}\`${columnsOf(f)}: ${f.message}${f.seeAlso ? ` (see lint rule ${f.seeAlso})` : ''}`);
    lines.push('');
  }
  if (accepted.length > 0) {
    lines.push('## Accepted with a justification', '');
    for (const f of accepted) lines.push(`- \`${f.code}\` on ${f.tableName}${columnsOf(f)}: ${f.justification ?? ''}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function groupByTable(findings: AnalysisFinding[]): Map<string, AnalysisFinding[]> {
  const groups = new Map<string, AnalysisFinding[]>();
  for (const f of findings) groups.set(f.tableName, [...(groups.get(f.tableName) ?? []), f]);
  return groups;
}

function columnsOf(f: AnalysisFinding): string {
  return f.columnNames.length > 0 ? ` (${f.columnNames.join(', ')})` : '';
}
