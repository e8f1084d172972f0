import type { DiagramDocument } from '../model/document';
import { tablesWithinHops } from './neighbourhood';

/**
 * The tables the view hides on top of what the document hides: in focus mode,
 * everything farther than `hops` relationships from the focused table. Null
 * when the view hides nothing, so callers can skip work.
 */
export function tablesHiddenByFocus(
  doc: Pick<DiagramDocument, 'tables' | 'relationships'>,
  focus: { tableId: string; hops: number } | null,
): ReadonlySet<string> | null {
  if (!focus) return null;
  const shown = tablesWithinHops(doc, focus.tableId, focus.hops);
  // A focused table that was deleted leaves nothing to focus on: show everything rather than nothing.
  if (shown.size === 0) return null;
  return new Set(doc.tables.filter((t) => !shown.has(t.id)).map((t) => t.id));
}
