import type { StateCreator } from 'zustand/vanilla';
import type { DesignerState } from './store';

/**
 * What the person has selected on the canvas. `selectedNodeIds` is the whole
 * selection (tables, notes, areas; what Delete and copy act on);
 * `selectedTableId` is the table the inspector shows; `selectedEdgeId` a
 * relationship the inspector shows instead.
 */
export interface SelectionSlice {
  selectedTableId: string | null;
  selectedNodeIds: string[];
  selectedEdgeId: string | null;
  /** Selects one table alone (or nothing). */
  selectTable(tableId: string | null): void;
  /** Selects one relationship alone; null only clears the relationship selection. */
  selectEdge(relationshipId: string | null): void;
  /** Replaces the selection (from React Flow's selection changes, a box select or a paste). */
  setSelection(selection: { nodeIds: string[]; edgeId?: string | null }): void;
}

export const createSelectionSlice: StateCreator<DesignerState, [], [], SelectionSlice> = (set, get) => ({
  selectedTableId: null,
  selectedNodeIds: [],
  selectedEdgeId: null,
  selectTable: (tableId) => set({ selectedTableId: tableId, selectedNodeIds: tableId ? [tableId] : [], selectedEdgeId: null }),
  // Deselecting an edge leaves node selection alone: React Flow reports it while a table is being selected.
  selectEdge: (relationshipId) => set(relationshipId === null ? { selectedEdgeId: null } : { selectedEdgeId: relationshipId, selectedTableId: null, selectedNodeIds: [] }),
  setSelection: ({ nodeIds, edgeId = null }) => {
    const tables = new Set(get().document.tables.map((t) => t.id));
    const current = get().selectedTableId;
    // Keep the inspected table when it is still selected; otherwise inspect the last selected table.
    const selectedTableId = current !== null && nodeIds.includes(current) ? current : ([...nodeIds].reverse().find((id) => tables.has(id)) ?? null);
    set({ selectedNodeIds: nodeIds, selectedEdgeId: nodeIds.length === 0 ? edgeId : null, selectedTableId });
  },
});
