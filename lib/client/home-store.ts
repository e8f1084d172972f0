import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DiagramDetail, DiagramSummary, TemplateSummary } from '../api/dto';
import { err, ok, type Result } from '../result';
import type { ApiFailure, DiagramApi } from './api';

/**
 * The home page's list of diagrams and the actions on it. Each action returns a
 * Result so the dialog that started it can show the server's message in place;
 * failures of the list itself go to `error`, shown as a banner.
 */
export interface HomeState {
  /** null until the first load answers. */
  diagrams: DiagramSummary[] | null;
  templates: TemplateSummary[];
  error: string | null;
  load(): Promise<void>;
  create(input: { templateId: string; name?: string }): Promise<Result<DiagramDetail, string>>;
  rename(id: string, name: string): Promise<Result<null, string>>;
  duplicate(id: string): Promise<Result<DiagramDetail, string>>;
  remove(id: string): Promise<Result<null, string>>;
  dismissError(): void;
}

export type HomeStore = StoreApi<HomeState>;

const message = (failure: ApiFailure) => failure.error.message;

function summaryOf(detail: DiagramDetail): DiagramSummary {
  const { document: _document, ...summary } = detail;
  return summary;
}

/** Newest change first, as the API lists them. */
function sorted(list: DiagramSummary[]): DiagramSummary[] {
  return [...list].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export function createHomeStore(api: DiagramApi): HomeStore {
  return createStore<HomeState>()((set, get) => {
    const upsert = (summary: DiagramSummary) =>
      set((state) => ({ diagrams: sorted([summary, ...(state.diagrams ?? []).filter((d) => d.id !== summary.id)]) }));

    return {
      diagrams: null,
      templates: [],
      error: null,

      load: async () => {
        const [diagrams, templates] = await Promise.all([api.listDiagrams(), api.listTemplates()]);
        set({
          diagrams: diagrams.ok ? diagrams.value : get().diagrams ?? [],
          templates: templates.ok ? templates.value : get().templates,
          error: !diagrams.ok ? `Could not load your diagrams: ${message(diagrams.error)}`
            : !templates.ok ? `Could not load the templates: ${message(templates.error)}`
            : null,
        });
      },

      create: async ({ templateId, name }) => {
        const created = await api.createDiagram({ templateId, ...(name?.trim() ? { name: name.trim() } : {}) });
        if (!created.ok) return err(message(created.error));
        upsert(summaryOf(created.value));
        return ok(created.value);
      },

      rename: async (id, name) => {
        const current = get().diagrams?.find((d) => d.id === id);
        if (!current) return err('That diagram is no longer in the list; reload the page.');
        let result = await api.updateDiagram(id, { baseRevision: current.revision, name });
        // Renaming from the list changes only the name, so a newer document revision
        // (saved from a designer window) is no reason to refuse: retry on top of it.
        const newer = !result.ok ? result.error.error.currentRevision : undefined;
        if (!result.ok && result.error.error.code === 'stale_revision' && newer !== undefined) {
          result = await api.updateDiagram(id, { baseRevision: newer, name });
        }
        if (!result.ok) return err(message(result.error));
        upsert(summaryOf(result.value));
        return ok(null);
      },

      duplicate: async (id) => {
        const source = get().diagrams?.find((d) => d.id === id);
        const name = source ? `${source.name} (copy)`.slice(0, 200) : undefined;
        const created = await api.createDiagram({ duplicateOf: id, ...(name ? { name } : {}) });
        if (!created.ok) return err(message(created.error));
        upsert(summaryOf(created.value));
        return ok(created.value);
      },

      remove: async (id) => {
        const removed = await api.deleteDiagram(id);
        // Already gone is what the person wanted.
        if (!removed.ok && removed.error.status !== 404) return err(message(removed.error));
        set((state) => ({ diagrams: (state.diagrams ?? []).filter((d) => d.id !== id) }));
        return ok(null);
      },

      dismissError: () => set({ error: null }),
    };
  });
}
