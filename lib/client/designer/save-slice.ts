import type { StateCreator } from 'zustand/vanilla';
import type { DiagramDetail } from '../../api/dto';
import type { DiagramDocument } from '../../model/document';
import type { HistoryManager } from '../../editor/history';
import { deepEqual, type MergeConflict } from '../../model/merge';
import { prunedSelection } from './document-slice';
import type { DesignerState } from './store';

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'conflict' | 'error';

export const MERGED_NOTICE = 'Merged changes saved in another window';

export interface ConflictState {
  conflicts: MergeConflict[];
  /** The two sides could not be combined without breaking a reference. */
  fellBack: boolean;
  /** The diagram as the server has it now. */
  theirs: DiagramDetail;
}

/**
 * Where the open document stands against the server. `base` is the document at
 * `revision` as last loaded or saved: the common ancestor for a three-way merge
 * when someone else saved in between. The transitions are named after what
 * happened; the autosaver (timing, network) calls them.
 */
export interface SaveSlice {
  diagramId: string;
  revision: number;
  base: DiagramDocument;
  /** The diagram name the server has, to send `name` only when it changed. */
  savedName: string;
  /** The `editCount` the server has seen. */
  savedEditCount: number;
  status: SaveStatus;
  error: { message: string; retrying: boolean } | null;
  conflict: ConflictState | null;
  notice: string | null;

  saveStarted(): void;
  saveSucceeded(saved: DiagramDetail, sentEditCount: number): void;
  saveFailed(message: string, retrying: boolean): void;
  /** Someone else saved; both sides combined cleanly into `merged`, which still needs saving. */
  mergedWithServer(merged: DiagramDocument, theirs: DiagramDetail): void;
  conflictFound(conflict: ConflictState): void;
  /** "Keep my changes": `merged` has my side winning every clash; it still needs saving. */
  resolvedWithMine(merged: DiagramDocument, theirs: DiagramDetail): void;
  /** "Use their version": drop local edits and take the server's document. */
  adoptTheirs(theirs: DiagramDetail): void;
  dismissNotice(): void;
}

export function hasUnsavedEdits(state: Pick<SaveSlice, 'savedEditCount'> & { editCount: number }): boolean {
  return state.editCount !== state.savedEditCount;
}

/**
 * History and adopted documents: when a document from the server replaces ours
 * (a clean merge, "keep mine", "use theirs") and differs from what we had, the
 * undo history is cleared. Its inverses describe our document before the merge;
 * replaying them could silently undo someone else's change. Clearing is simple
 * and predictable; rebasing the history over the merge is left for later.
 */
export function createSaveSlice(initial: DiagramDetail, history: HistoryManager): StateCreator<DesignerState, [], [], SaveSlice> {
  return (set) => {
    const adoptDocument = (state: DesignerState, document: DiagramDocument) => {
      if (!deepEqual(document, state.document)) history.clear();
      return { document, canUndo: history.canUndo, canRedo: history.canRedo, ...prunedSelection(state, document) };
    };
    /** The server's copy becomes the new common ancestor. */
    const adoptBase = (theirs: DiagramDetail) => ({ revision: theirs.revision, base: theirs.document, savedName: theirs.name });

    return {
      diagramId: initial.id,
      revision: initial.revision,
      base: initial.document,
      savedName: initial.name,
      savedEditCount: 0,
      status: 'saved',
      error: null,
      conflict: null,
      notice: null,

      saveStarted: () => set({ status: 'saving' }),
      saveSucceeded: (saved, sentEditCount) => set((state) => ({
        ...adoptBase(saved),
        savedEditCount: sentEditCount,
        status: state.editCount === sentEditCount ? 'saved' : 'dirty',
        error: null,
      })),
      saveFailed: (message, retrying) => set({ status: 'error', error: { message, retrying } }),
      mergedWithServer: (merged, theirs) => set((state) => {
        // When my edits were already on the server, the merge changes nothing there.
        const nothingNew = deepEqual(merged, theirs.document);
        const editCount = state.editCount + 1;
        return {
          ...adoptBase(theirs),
          ...adoptDocument(state, merged),
          editCount,
          savedEditCount: nothingNew ? editCount : state.savedEditCount,
          status: nothingNew ? 'saved' : 'dirty',
          error: null,
          notice: MERGED_NOTICE,
        };
      }),
      conflictFound: (conflict) => set({ status: 'conflict', conflict, error: null }),
      resolvedWithMine: (merged, theirs) => set((state) => ({
        ...adoptBase(theirs),
        ...adoptDocument(state, merged),
        editCount: state.editCount + 1,
        status: 'dirty',
        conflict: null,
        error: null,
      })),
      adoptTheirs: (theirs) => set((state) => ({
        ...adoptBase(theirs),
        ...adoptDocument(state, theirs.document),
        savedEditCount: state.editCount,
        status: 'saved',
        conflict: null,
        error: null,
        notice: null,
      })),
      dismissNotice: () => set({ notice: null }),
    };
  };
}
