import type { DiagramDocument } from '../../model';

/** Codes whose accepted exceptions speak about a dependency between the subject's columns. */
const DEPENDENCY_CODES = new Set([
  'NF2_PARTIAL_DEPENDENCY', 'NF3_TRANSITIVE_DEPENDENCY', 'BCNF_NON_KEY_DETERMINANT',
  'SUGGESTED_COPIED_ATTRIBUTE', 'SUGGESTED_ZIP_DEPENDENCY', 'SUGGESTED_DATA_DEPENDENCY',
]);

/**
 * Whether the team already accepted a dependency `determinant → dependent` on this
 * table: an exception with a dependency code whose columns include all of them.
 * Offering it again from the data would ask the same question twice.
 */
export function excludedByExceptions(doc: DiagramDocument, tableId: string): (determinant: readonly string[], dependent: string) => boolean {
  const subjects = doc.exceptions
    .filter((e) => e.subject.tableId === tableId && DEPENDENCY_CODES.has(e.code))
    .map((e) => new Set(e.subject.columnIds));
  return (determinant, dependent) => subjects.some((s) => s.has(dependent) && determinant.every((id) => s.has(id)));
}
