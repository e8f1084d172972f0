import type { StateCreator } from 'zustand/vanilla';
import type { Position } from '../../editor/command';
import type { DesignerState } from './store';

/**
 * Where nodes are while they are being dragged. React Flow reports every pointer
 * move; those only update these transient positions. The document hears about a
 * drag once, when it ends, as one `moveNodes` command — one undo step, one save.
 */
export interface DragSlice {
  dragPositions: Record<string, Position>;
  dragNodes(positions: Record<string, Position>): void;
  /** Records the drag (these final positions, or the last transient ones) and clears it. */
  endDrag(positions?: Record<string, Position>): void;
}

export const createDragSlice: StateCreator<DesignerState, [], [], DragSlice> = (set, get) => ({
  dragPositions: {},
  dragNodes: (positions) => set((state) => ({ dragPositions: { ...state.dragPositions, ...positions } })),
  endDrag: (positions) => {
    const final = { ...get().dragPositions, ...positions };
    set({ dragPositions: {} });
    const rounded = Object.fromEntries(Object.entries(final).map(([id, p]) => [id, { x: Math.round(p.x), y: Math.round(p.y) }]));
    if (Object.keys(rounded).length > 0) get().execute({ kind: 'moveNodes', positions: rounded });
  },
});
