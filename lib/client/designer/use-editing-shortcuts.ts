'use client';

import { useEffect } from 'react';
import { shortcutFor } from '../../layout/shortcuts';
import { copySelection, duplicateSelection, pasteClipboard } from './clipboard';
import type { DesignerStore } from './store';

export interface EditingShortcutActions {
  /** Adds a table in the middle of the view. */
  newTable(): void;
  /** Reports an edit that was refused (pasting foreign text, say). */
  problem(message: string): void;
}

/** True while the person types somewhere: then Backspace deletes a character, not a table. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The editing keys of the designer (undo/redo, delete, copy/paste/duplicate,
 * new table, select all). The chords come from the one shortcut list the help
 * dialog shows (`lib/layout/shortcuts.ts`).
 */
export function useEditingShortcuts(store: DesignerStore, actions: EditingShortcutActions): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      const state = store.getState();
      const report = (message: string | null) => { if (message) actions.problem(message); };
      const id = shortcutFor(event);
      // View only: copying and selecting still work; the keys that change the document do nothing.
      if (state.readOnly && id !== 'copy' && id !== 'selectAll') return;
      switch (id) {
        case 'undo': state.undo(); break;
        case 'redo': state.redo(); break;
        case 'delete': deleteSelection(store); break;
        case 'copy': void copySelection(store); return; // let the browser copy too
        case 'paste': void pasteClipboard(store).then(report); break;
        case 'duplicate': report(duplicateSelection(store)); break;
        case 'newTable': actions.newTable(); break;
        case 'selectAll': state.setSelection({ nodeIds: state.document.tables.map((t) => t.id) }); break;
        default: return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, actions]);
}

/** Deletes what is selected — tables (with their foreign keys), notes, areas, or one relationship — as one step. */
export function deleteSelection(store: DesignerStore): void {
  const { document, selectedNodeIds, selectedEdgeId, execute } = store.getState();
  const ids = new Set(selectedNodeIds);
  const tableIds = document.tables.filter((t) => ids.has(t.id)).map((t) => t.id);
  const nodeIds = [...document.notes, ...document.areas].filter((n) => ids.has(n.id)).map((n) => n.id);
  if (tableIds.length === 0 && nodeIds.length === 0) {
    if (selectedEdgeId) execute({ kind: 'deleteRelationships', relationshipIds: [selectedEdgeId] });
    return;
  }
  execute({
    kind: 'batch',
    commands: [
      ...(tableIds.length > 0 ? [{ kind: 'deleteTables' as const, tableIds }] : []),
      ...(nodeIds.length > 0 ? [{ kind: 'deleteNodes' as const, nodeIds }] : []),
    ],
  });
}
