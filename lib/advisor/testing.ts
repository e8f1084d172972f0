import type { DiagramDocument } from '../model/document';
import { adviseDocument } from './advise';
import type { AdvisorCode, AdvisorFinding } from './findings';
import type { AdvisorOptionsInput } from './options';

/** Findings of one code, for rule tests. */
export function findingsOf(doc: DiagramDocument, code: AdvisorCode, options: AdvisorOptionsInput = {}): AdvisorFinding[] {
  return adviseDocument(doc, { today: '2026-01-01', ...options }).findings.filter((f) => f.code === code);
}
