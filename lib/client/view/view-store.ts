import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FocusHops } from '../../layout/neighbourhood';

/**
 * How the person is looking at the open diagram, as opposed to what it says:
 * none of this is saved in the document. One store per open designer, next to
 * the designer store.
 */
export interface Focus {
  tableId: string;
  hops: FocusHops;
}

export type Overlay = 'search' | 'help' | 'tables' | null;

export interface ViewState {
  /** Only this table and its neighbours are shown. */
  focus: Focus | null;
  /** The one dialog or panel that is open. */
  overlay: Overlay;
  /** Shown or hidden by the person's choice; null until they choose (then it shows for big diagrams only). */
  minimap: boolean | null;
  /** While an image is exported every table is rendered in full, not only the visible ones. */
  exporting: boolean;
  firstRunHintDismissed: boolean;
  /** The column the search jumped to; highlighted while its table stays selected. */
  highlightedColumn: { tableId: string; columnId: string } | null;
  setFocus(focus: Focus | null): void;
  open(overlay: Exclude<Overlay, null>): void;
  close(): void;
  setMinimap(visible: boolean): void;
  setExporting(exporting: boolean): void;
  dismissFirstRunHint(): void;
  highlightColumn(target: { tableId: string; columnId: string } | null): void;
}

export type ViewStore = StoreApi<ViewState>;

export interface ViewPersistence {
  read(key: 'minimap' | 'firstRunHintDismissed'): boolean | null;
  write(key: 'minimap' | 'firstRunHintDismissed', value: boolean): void;
}

export function createViewStore(persistence: ViewPersistence): ViewStore {
  return createStore<ViewState>()((set) => ({
    focus: null,
    overlay: null,
    minimap: persistence.read('minimap'),
    exporting: false,
    firstRunHintDismissed: persistence.read('firstRunHintDismissed') ?? false,
    highlightedColumn: null,
    setFocus: (focus) => set({ focus }),
    open: (overlay) => set({ overlay }),
    close: () => set({ overlay: null }),
    setMinimap: (minimap) => {
      persistence.write('minimap', minimap);
      set({ minimap });
    },
    setExporting: (exporting) => set({ exporting }),
    dismissFirstRunHint: () => {
      persistence.write('firstRunHintDismissed', true);
      set({ firstRunHintDismissed: true });
    },
    highlightColumn: (highlightedColumn) => set({ highlightedColumn }),
  }));
}

/** Big diagrams get a minimap unless the person said otherwise; small ones fit on screen anyway. */
export const MINIMAP_FROM_TABLES = 16;

export function minimapShown(choice: boolean | null, tableCount: number): boolean {
  return choice ?? tableCount >= MINIMAP_FROM_TABLES;
}
