import type { AcceptedException } from '../model';
import type { Finding } from './findings';

/**
 * Marks findings the team accepted (`doc.exceptions`): same code, same table, same
 * columns in any order. An accepted finding stays in the list, so the UI can show
 * it with its justification, but no longer counts as an error.
 */
export function applyExceptions(findings: readonly Finding[], exceptions: readonly AcceptedException[]): Finding[] {
  if (exceptions.length === 0) return [...findings];
  const byKey = new Map(exceptions.map((e) => [subjectKey(e.code, e.subject.tableId, e.subject.columnIds), e]));
  return findings.map((f) => {
    const match = byKey.get(subjectKey(f.code, f.tableId, f.columnIds));
    return match ? { ...f, accepted: true, justification: match.justification, exceptionId: match.id } : f;
  });
}

function subjectKey(code: string, tableId: string | null, columnIds: readonly string[]): string {
  return `${code}\u0000${tableId ?? ''}\u0000${[...new Set(columnIds)].sort().join(',')}`;
}
