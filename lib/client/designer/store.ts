import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DiagramDetail } from '../../api/dto';
import { HistoryManager } from '../../editor/history';
import { createDocumentSlice, type DocumentSlice } from './document-slice';
import { createDragSlice, type DragSlice } from './drag-slice';
import { createSaveSlice, type SaveSlice } from './save-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';

export type DesignerState = DocumentSlice & SaveSlice & SelectionSlice & DragSlice;
export type DesignerStore = StoreApi<DesignerState>;

/**
 * One store per open diagram (created by the designer's context provider), so two
 * diagrams open side by side, or a test, never share state. The history belongs
 * to the store: the document slice records into it, the save slice clears it when
 * a document from the server is adopted.
 */
export function createDesignerStore(detail: DiagramDetail, history = new HistoryManager()): DesignerStore {
  return createStore<DesignerState>()((...args) => ({
    ...createDocumentSlice(detail.document, history)(...args),
    ...createSaveSlice(detail, history)(...args),
    ...createSelectionSlice(...args),
    ...createDragSlice(...args),
  }));
}
