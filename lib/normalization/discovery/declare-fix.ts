import { documentProblems, newId, parseDocument, type DiagramDocument } from '../../model';
import { err, ok, type Result } from '../../result';
import type { DeclareDependencyFix } from './types';

/**
 * Applies a data suggestion's fix: the dependency joins the table's declared
 * ones, after which the normalization check treats it as a fact and reports the
 * 2NF/3NF/BCNF problems it causes. Pure: returns a new, validated document.
 */
export function declareDependency(doc: DiagramDocument, fix: DeclareDependencyFix): Result<DiagramDocument, string> {
  const next = structuredClone(doc);
  const table = next.tables.find((t) => t.id === fix.tableId);
  if (!table) return err(`no table with id "${fix.tableId}" in the diagram`);
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));
  if (table.dependencies.some((d) => same(d.determinant, fix.determinant) && same(d.dependent, fix.dependent))) {
    return err(`"${table.name}" already declares this dependency`);
  }
  table.dependencies.push({ id: newId('fd'), determinant: [...fix.determinant], dependent: [...fix.dependent], note: fix.note.slice(0, 2000) });
  const parsed = parseDocument(next);
  if (!parsed.ok) return err(`the changed diagram is not valid: ${documentProblems(parsed.error).map((p) => p.message).join('; ')}`);
  return ok(parsed.value);
}
