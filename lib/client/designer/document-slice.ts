import type { StateCreator } from 'zustand/vanilla';
import type { EditResult } from '../../canvas/edits';
import { applyCommand } from '../../editor/apply';
import type { CommandError, EditorCommand, Position } from '../../editor/command';
import { newColumn, newTable } from '../../editor/factories/new-table';
import type { HistoryManager } from '../../editor/history';
import type { DiagramDocument } from '../../model/document';
import { SqlName } from '../../model/names';
import { err, ok, type Result } from '../../result';
import type { DesignerState } from './store';

export interface ExecuteOptions {
  /** Consecutive layout-only steps with the same key are one undo step (a nudge repeated, a gesture in ticks). */
  squashKey?: string;
}

/**
 * The open document. Every change goes through `execute`: a pure command from
 * `lib/editor` is applied, its inverse recorded in the history, and `editCount`
 * bumped (which is what the autosaver watches). The named edits below are
 * shorthands that build a command and execute it.
 */
export interface DocumentSlice {
  document: DiagramDocument;
  /** Increases on every accepted local edit; compared with `savedEditCount` to know what is unsaved. */
  editCount: number;
  canUndo: boolean;
  canRedo: boolean;
  /** Applies a command as one undoable step; an error says why it was refused (nothing changes then). */
  execute(command: EditorCommand, options?: ExecuteOptions): Result<null, CommandError>;
  undo(): void;
  redo(): void;

  renameDiagram(name: string): EditResult<null>;
  /** Adds `table_N` at the position and selects it; returns its id. */
  addTable(position: Position): EditResult<string>;
  renameTable(tableId: string, name: string): EditResult<null>;
  addColumn(tableId: string, column: { name: string; type: string }): EditResult<string>;
  renameColumn(tableId: string, columnId: string, name: string): EditResult<null>;
  /** One call per finished drag, not per pointer move. */
  moveTable(tableId: string, position: Position): void;
}

export function createDocumentSlice(initial: DiagramDocument, history: HistoryManager): StateCreator<DesignerState, [], [], DocumentSlice> {
  return (set, get) => {
    const historyFlags = () => ({ canUndo: history.canUndo, canRedo: history.canRedo });
    /** Stores an edited document as a local edit (unsaved until the autosaver saves it). */
    const commit = (document: DiagramDocument) => set((state) => ({
      document,
      editCount: state.editCount + 1,
      status: state.status === 'saving' || state.status === 'conflict' ? state.status : 'dirty',
      ...historyFlags(),
      ...prunedSelection(state, document),
    }));
    const execute: DocumentSlice['execute'] = (command, options = {}) => {
      const before = get().document;
      const result = applyCommand(before, command);
      if (!result.ok) return result;
      if (result.value.doc === before) return ok(null);
      history.record(result.value.inverse, options.squashKey ?? null);
      commit(result.value.doc);
      return ok(null);
    };
    const asEdit = (result: Result<null, CommandError>): EditResult<null> => (result.ok ? result : err(result.error.message));

    return {
      document: initial,
      editCount: 0,
      canUndo: false,
      canRedo: false,
      execute,
      undo: () => {
        const document = history.undo(get().document);
        if (document) commit(document);
      },
      redo: () => {
        const document = history.redo(get().document);
        if (document) commit(document);
      },
      renameDiagram: (name) => asEdit(execute({ kind: 'updateDiagram', changes: { name } })),
      addTable: (position) => {
        const command = newTable(get().document, { position });
        const result = execute(command);
        if (!result.ok) return err(result.error.message);
        set({ selectedTableId: command.table.id, selectedNodeIds: [command.table.id], selectedEdgeId: null });
        return ok(command.table.id);
      },
      renameTable: (tableId, name) => {
        const invalid = nameProblem(name);
        return invalid ? err(invalid) : asEdit(execute({ kind: 'updateTable', tableId, changes: { name } }));
      },
      addColumn: (tableId, column) => {
        const invalid = nameProblem(column.name);
        if (invalid) return err(invalid);
        const table = get().document.tables.find((t) => t.id === tableId);
        if (!table) return err(`there is no table with id "${tableId}" in this diagram`);
        let command;
        try {
          command = newColumn(table, column);
        } catch {
          return err(`"${column.type}" is not a type the designer knows`);
        }
        const result = execute(command);
        return result.ok ? ok(command.column.id) : err(result.error.message);
      },
      renameColumn: (tableId, columnId, name) => {
        const invalid = nameProblem(name);
        return invalid ? err(invalid) : asEdit(execute({ kind: 'updateColumn', tableId, columnId, changes: { name } }));
      },
      moveTable: (tableId, position) => { execute({ kind: 'moveNodes', positions: { [tableId]: position } }); },
    };
  };
}

/** A name the inspector can reject before it reaches the document: empty, too long, or padded with spaces. */
export function nameProblem(name: string): string | null {
  const parsed = SqlName.safeParse(name);
  if (parsed.success) return name.trim() === name ? null : 'a name cannot start or end with spaces';
  return parsed.error.issues[0]?.message ?? 'not a valid name';
}

/** Drops selected ids that no longer exist (after an undo or a merge removed them). */
export function prunedSelection(state: DesignerState, document: DiagramDocument): Partial<DesignerState> {
  const exists = (id: string) => document.tables.some((t) => t.id === id) || document.notes.some((n) => n.id === id) || document.areas.some((a) => a.id === id);
  const nodeIds = state.selectedNodeIds.filter(exists);
  const edgeOk = state.selectedEdgeId === null || document.relationships.some((r) => r.id === state.selectedEdgeId);
  const tableOk = state.selectedTableId === null || document.tables.some((t) => t.id === state.selectedTableId);
  if (nodeIds.length === state.selectedNodeIds.length && edgeOk && tableOk) return {};
  return { selectedNodeIds: nodeIds, selectedEdgeId: edgeOk ? state.selectedEdgeId : null, selectedTableId: tableOk ? state.selectedTableId : null };
}
