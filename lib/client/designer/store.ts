import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DiagramDetail } from '../../api/dto';
import { createDocumentSlice, type DocumentSlice } from './document-slice';
import { createSaveSlice, type SaveSlice } from './save-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';

export type DesignerState = DocumentSlice & SaveSlice & SelectionSlice;
export type DesignerStore = StoreApi<DesignerState>;

/**
 * One store per open diagram (created by the designer's context provider), so two
 * diagrams open side by side, or a test, never share state.
 */
export function createDesignerStore(detail: DiagramDetail): DesignerStore {
  return createStore<DesignerState>()((...args) => ({
    ...createDocumentSlice(detail.document)(...args),
    ...createSaveSlice(detail)(...args),
    ...createSelectionSlice(...args),
  }));
}
