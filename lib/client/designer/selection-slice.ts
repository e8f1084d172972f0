import type { StateCreator } from 'zustand/vanilla';
import type { DesignerState } from './store';

/** What the person has selected on the canvas; the inspector shows it. */
export interface SelectionSlice {
  selectedTableId: string | null;
  selectTable(tableId: string | null): void;
}

export const createSelectionSlice: StateCreator<DesignerState, [], [], SelectionSlice> = (set) => ({
  selectedTableId: null,
  selectTable: (tableId) => set({ selectedTableId: tableId }),
});
