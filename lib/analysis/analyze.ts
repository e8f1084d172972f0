import { adviseDocument } from '../advisor/advise';
import type { DiagramDocument } from '../model/document';
import { analyzeDocument } from '../normalization/analyze';
import type { AnalysisOptionsInput } from './options';
import { sortFindings, summarize } from './summary';
import { CATEGORIES, type AnalysisFinding, type AnalysisReport } from './types';
import { fromAdvisor, fromNormalization, nameIndex } from './unify';

/**
 * The combined check of a diagram: the normalization engine (1NF–BCNF, with
 * suggestions) and the design advisor (indexes, partitioning, types), as one
 * sorted list of findings in one shape and one summary. Pure and deterministic
 * for a given document and options (pass `advisor.today` for fixed partition bounds).
 * An engine whose categories are all filtered out by `only` does not run.
 */
export function analyzeDiagram(doc: DiagramDocument, options: AnalysisOptionsInput = {}): AnalysisReport {
  const wanted = new Set(options.only ?? CATEGORIES);
  const names = nameIndex(doc);
  const findings: AnalysisFinding[] = [];
  if (wanted.has('normalization')) {
    findings.push(...analyzeDocument(doc, { keyLimit: options.keyLimit }).findings.map((f) => fromNormalization(f, names)));
  }
  if (CATEGORIES.some((c) => c !== 'normalization' && wanted.has(c))) {
    findings.push(...adviseDocument(doc, options.advisor ?? {}).findings
      .map((f) => fromAdvisor(f, names))
      .filter((f) => wanted.has(f.category)));
  }
  const sorted = sortFindings(withoutDuplicateKeyFindings(findings), doc.tables.map((t) => t.id));
  return { findings: sorted, summary: summarize(sorted) };
}

/**
 * Both engines notice a table without a key: normalization says it cannot reason
 * about dependencies (NO_KEY), the advisor says to add a primary key. One problem,
 * one finding: keep the advisor's, which carries the fix, unless only NO_KEY ran.
 */
function withoutDuplicateKeyFindings(findings: AnalysisFinding[]): AnalysisFinding[] {
  const advisorFlagged = new Set(findings.filter((f) => f.code === 'TABLE_WITHOUT_PRIMARY_KEY').map((f) => f.tableId));
  return findings.filter((f) => !(f.code === 'NO_KEY' && advisorFlagged.has(f.tableId)));
}
