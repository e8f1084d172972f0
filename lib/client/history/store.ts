import { createStore, type StoreApi } from 'zustand/vanilla';
import type { VersionDetail, VersionSummary } from '../../api/dto';
import type { CompareDto } from '../../api/history-dto';
import type { CompareRef } from '../../api/history-requests';
import { describeFailure } from '../migrations/request';
import type { HistoryApi } from './api';

/** What the History page shows beside the list; it lives in the URL (`?version=3`, `?from=3&to=current`). */
export type HistoryView =
  | { readonly kind: 'none' }
  | { readonly kind: 'version'; readonly version: number }
  | { readonly kind: 'compare'; readonly from: CompareRef; readonly to: CompareRef };

/** A request's answer, with what it was for: while `key` is not the view's, a newer one is on its way. */
export interface Loaded<T> {
  readonly key: string;
  readonly value: T | null;
  readonly error: string | null;
}

export interface HistoryState {
  readonly diagramId: string;
  readonly diagramName: string | null;
  /** Saving versions and restoring need edit; a viewer sees neither button. */
  readonly canEdit: boolean;
  readonly loadError: string | null;
  /** Newest first; null until loaded. */
  readonly versions: readonly VersionSummary[] | null;
  readonly namedOnly: boolean;
  readonly view: HistoryView;
  readonly opened: Loaded<VersionDetail> | null;
  readonly comparison: Loaded<CompareDto> | null;
  /** A save or a restore is under way. */
  readonly busy: boolean;
  readonly error: string | null;
  readonly notice: string | null;

  load(): Promise<void>;
  show(view: HistoryView): Promise<void>;
  setNamedOnly(namedOnly: boolean): void;
  /** Saves the diagram as it is now under `label`; true when saved. */
  saveVersion(label: string): Promise<boolean>;
  /** Restores a version; true when restored (the designer then opens the restored diagram). */
  restore(version: number): Promise<boolean>;
  dismiss(): void;
}

export type HistoryStore = StoreApi<HistoryState>;

export const viewKey = (view: HistoryView): string =>
  view.kind === 'version' ? `version:${view.version}` : view.kind === 'compare' ? `compare:${view.from}..${view.to}` : 'none';

/** The History page's state for one diagram; every server call goes through `api`. */
export function createHistoryStore(diagramId: string, api: HistoryApi): HistoryStore {
  return createStore<HistoryState>()((set, get) => {
    const refreshVersions = async () => {
      const listed = await api.listVersions(diagramId);
      if (listed.ok) set({ versions: listed.value });
      else set({ error: describeFailure(listed.error) });
    };
    /** Stores an answer only if the view it was for is still the one shown. */
    const settle = <T>(key: string, field: 'opened' | 'comparison', answer: { ok: true; value: T } | { ok: false; error: Parameters<typeof describeFailure>[0] }) => {
      if (viewKey(get().view) !== key) return;
      set({ [field]: answer.ok ? { key, value: answer.value, error: null } : { key, value: null, error: describeFailure(answer.error) } } as Partial<HistoryState>);
    };

    return {
      diagramId, diagramName: null, canEdit: false, loadError: null, versions: null, namedOnly: false,
      view: { kind: 'none' }, opened: null, comparison: null, busy: false, error: null, notice: null,

      async load() {
        const opened = await api.openDiagram(diagramId);
        if (!opened.ok) return set({ loadError: describeFailure(opened.error) });
        set({ diagramName: opened.value.detail.name, canEdit: opened.value.access.canEdit });
        await refreshVersions();
      },

      async show(view) {
        const key = viewKey(view);
        if (key === viewKey(get().view) && (get().opened?.key === key || get().comparison?.key === key)) return;
        set({ view });
        if (view.kind === 'version') settle(key, 'opened', await api.getVersion(diagramId, view.version));
        if (view.kind === 'compare') settle(key, 'comparison', await api.compare(diagramId, view.from, view.to));
      },

      setNamedOnly: (namedOnly) => set({ namedOnly }),

      async saveVersion(label) {
        set({ busy: true, error: null, notice: null });
        const saved = await api.saveVersion(diagramId, label);
        set({ busy: false });
        if (!saved.ok) {
          set({ error: describeFailure(saved.error) });
          return false;
        }
        set({ notice: `Saved version ${saved.value.version} “${saved.value.label}”.` });
        await refreshVersions();
        return true;
      },

      async restore(version) {
        set({ busy: true, error: null, notice: null });
        const restored = await api.restoreVersion(diagramId, version);
        set({ busy: false });
        if (!restored.ok) {
          set({ error: describeFailure(restored.error) });
          return false;
        }
        set({ notice: `Restored version ${version}. What it replaced is kept as a checkpoint.`, diagramName: restored.value.name });
        await refreshVersions();
        return true;
      },

      dismiss: () => set({ error: null, notice: null }),
    };
  });
}

/** The versions the list shows: all, or the named ones only. */
export function visibleVersions(state: Pick<HistoryState, 'versions' | 'namedOnly'>): readonly VersionSummary[] {
  const versions = state.versions ?? [];
  return state.namedOnly ? versions.filter((v) => v.kind === 'named') : versions;
}
