import type { StateCreator } from 'zustand/vanilla';
import * as edits from '../../canvas/edits';
import type { EditResult } from '../../canvas/edits';
import type { DiagramDocument } from '../../model/document';
import { ok } from '../../result';
import type { DesignerState } from './store';

/**
 * The open document and the named edits a person can make to it. Components call
 * these, never `setState`; each accepted edit bumps `editCount`, which is what the
 * autosaver watches. (The next issue turns these into commands with inverses for
 * undo/redo; keeping every change behind a named function is what makes that easy.)
 */
export interface DocumentSlice {
  document: DiagramDocument;
  /** Increases on every accepted local edit; compared with `savedEditCount` to know what is unsaved. */
  editCount: number;
  renameDiagram(name: string): EditResult<null>;
  /** Adds `table_N` at the position and selects it; returns its id. */
  addTable(position: { x: number; y: number }): EditResult<string>;
  renameTable(tableId: string, name: string): EditResult<null>;
  addColumn(tableId: string, column: { name: string; type: string }): EditResult<string>;
  renameColumn(tableId: string, columnId: string, name: string): EditResult<null>;
  /** One call per finished drag, not per pointer move. */
  moveTable(tableId: string, position: { x: number; y: number }): void;
}

export function createDocumentSlice(initial: DiagramDocument): StateCreator<DesignerState, [], [], DocumentSlice> {
  return (set, get) => {
    /** Stores an edited document; an edit that changes nothing is not an edit. */
    const commit = (document: DiagramDocument) => {
      if (document === get().document) return;
      set((state) => ({
        document,
        editCount: state.editCount + 1,
        status: state.status === 'saving' || state.status === 'conflict' ? state.status : 'dirty',
      }));
    };
    const apply = (result: EditResult): EditResult<null> => {
      if (!result.ok) return result;
      commit(result.value);
      return ok(null);
    };

    return {
      document: initial,
      editCount: 0,
      renameDiagram: (name) => {
        if (name.trim() === get().document.name) return ok(null);
        return apply(edits.renameDiagram(get().document, name));
      },
      addTable: (position) => {
        const result = edits.addTable(get().document, position);
        if (!result.ok) return result;
        commit(result.value.document);
        set({ selectedTableId: result.value.tableId });
        return ok(result.value.tableId);
      },
      renameTable: (tableId, name) => {
        if (get().document.tables.find((t) => t.id === tableId)?.name === name) return ok(null);
        return apply(edits.renameTable(get().document, tableId, name));
      },
      addColumn: (tableId, column) => {
        const result = edits.addColumn(get().document, tableId, column);
        if (!result.ok) return result;
        commit(result.value.document);
        return ok(result.value.columnId);
      },
      renameColumn: (tableId, columnId, name) => {
        const current = get().document.tables.find((t) => t.id === tableId)?.columns.find((c) => c.id === columnId);
        if (current?.name === name) return ok(null);
        return apply(edits.renameColumn(get().document, tableId, columnId, name));
      },
      moveTable: (tableId, position) => commit(edits.moveTable(get().document, tableId, position)),
    };
  };
}
