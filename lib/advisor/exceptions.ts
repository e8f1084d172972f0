import type { AcceptedException } from '../model/exceptions';
import type { AdvisorFinding } from './findings';

/**
 * Marks findings the team dismissed (`doc.exceptions`): same code and table, and
 * the same object when the dismissal names one (an index, a foreign key, a
 * pattern), else the same columns in any order. A dismissed finding stays in the
 * list with its reason, but no longer counts.
 */
export function applyDismissals(findings: readonly AdvisorFinding[], exceptions: readonly AcceptedException[]): AdvisorFinding[] {
  if (exceptions.length === 0) return [...findings];
  return findings.map((f) => {
    const match = exceptions.find((e) => e.code === f.code && (e.subject.tableId ?? null) === f.tableId
      && (e.subject.objectId !== null ? e.subject.objectId === f.objectId : sameSet(e.subject.columnIds, f.columnIds)));
    return match ? { ...f, accepted: true, justification: match.justification, exceptionId: match.id } : f;
  });
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
}
