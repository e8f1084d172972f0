import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DiagramDetail } from '../../api/dto';
import { HistoryManager } from '../../editor/history';
import { createDocumentSlice, type DocumentSlice } from './document-slice';
import { createDragSlice, type DragSlice } from './drag-slice';
import { createSyncSlice, type SyncSlice } from './sync-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';

export type DesignerState = DocumentSlice & SyncSlice & SelectionSlice & DragSlice & {
  /** View only (a viewer, a commenter, a link visitor): `execute`, undo and redo refuse; nothing is saved. Fixed per store. */
  readonly readOnly: boolean;
};
export type DesignerStore = StoreApi<DesignerState>;

/**
 * One store per open diagram (created by the designer's context provider), so two
 * diagrams open side by side, or a test, never share state. The history belongs
 * to the store: the document slice records into it, the sync slice forgets the
 * steps that others' changes made stale.
 */
export function createDesignerStore(detail: DiagramDetail, history = new HistoryManager(), options: { readOnly?: boolean } = {}): DesignerStore {
  return createStore<DesignerState>()((...args) => ({
    readOnly: options.readOnly ?? false,
    ...createDocumentSlice(detail.document, history)(...args),
    ...createSyncSlice(detail, history)(...args),
    ...createSelectionSlice(...args),
    ...createDragSlice(...args),
  }));
}
