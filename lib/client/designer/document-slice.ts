import type { StateCreator } from 'zustand/vanilla';
import type { EditResult } from '../../canvas/edits';
import { applyOperation } from '../../collab/apply-op';
import { describeCommand } from '../../collab/describe';
import { newOpId } from '../../collab/op-id';
import { addLocal } from '../../collab/sync-state';
import type { CommandError, EditorCommand, Position } from '../../editor/command';
import { diffDocuments } from '../../editor/patch';
import { newColumn, newTable } from '../../editor/factories/new-table';
import type { HistoryManager } from '../../editor/history';
import type { DiagramDocument } from '../../model/document';
import { SqlName } from '../../model/names';
import { err, ok, type Result } from '../../result';
import type { DesignerState } from './store';
import { statusOf, withNotices } from './sync-slice';

export interface ExecuteOptions {
  /** Consecutive layout-only steps with the same key are one undo step (a nudge repeated, a gesture in ticks). */
  squashKey?: string;
}

/**
 * The open document. Every change goes through `execute`: a pure command from
 * `lib/editor` is applied at once, its inverse recorded in the history, and the
 * command queued as an operation for the server (the sync slice's `pending`,
 * which the collab client sends). Undo and redo are operations too. The named
 * edits below are shorthands that build a command and execute it.
 */
export interface DocumentSlice {
  document: DiagramDocument;
  /** Local edits made in this tab (undo and redo count too). */
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

/** Why an edit was refused in a view-only designer (the UI hides the ways to edit; this is the backstop). */
export const READ_ONLY_MESSAGE = 'This diagram is view only for you: changes are not possible.';

export function createDocumentSlice(initial: DiagramDocument, history: HistoryManager): StateCreator<DesignerState, [], [], DocumentSlice> {
  return (set, get) => {
    const historyFlags = () => ({ canUndo: history.canUndo, canRedo: history.canRedo });
    /** Shows an edited document at once and queues the command that made it for the server. */
    const commit = (before: DiagramDocument, document: DiagramDocument, command: EditorCommand, label = describeCommand(before, command)) => set((state) => {
      const sync = addLocal(state.sync, { opId: newOpId(), command, label }, document);
      return { document, sync, editCount: state.editCount + 1, status: statusOf(sync, state.error), ...historyFlags(), ...prunedSelection(state, document) };
    });
    const execute: DocumentSlice['execute'] = (command, options = {}) => {
      if (get().readOnly) return err({ kind: 'invalid', message: READ_ONLY_MESSAGE });
      const before = get().document;
      // Checked like a remote operation would be (a fix's patch included), so what is shown is what the server accepts.
      const result = applyOperation(before, command);
      if (!result.ok) return result;
      if (result.value === before) return ok(null);
      history.record({ kind: 'patch', patch: diffDocuments(result.value, before) }, options.squashKey ?? null);
      commit(before, result.value, command);
      return ok(null);
    };
    const step = (which: 'undo' | 'redo') => {
      if (get().readOnly) return;
      const before = get().document;
      const done = which === 'undo' ? history.undoStep(before, applyOperation) : history.redoStep(before, applyOperation);
      if (!done) return;
      if ('refused' in done) {
        // Someone else's change stands in the way (say, they deleted what the step would bring back).
        set((state) => ({ ...historyFlags(), notices: withNotices(state.notices, [`Could not ${which} that step: ${done.refused}.`]) }));
        return;
      }
      commit(before, done.doc, done.command, `${which === 'undo' ? 'the undo of' : 'the redo of'} ${describeCommand(before, done.command)}`);
    };
    const asEdit = (result: Result<null, CommandError>): EditResult<null> => (result.ok ? result : err(result.error.message));

    return {
      document: initial,
      editCount: 0,
      canUndo: false,
      canRedo: false,
      execute,
      undo: () => step('undo'),
      redo: () => step('redo'),
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
