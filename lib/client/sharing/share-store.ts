import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CreatedShareLinkDto, ShareLinkDto, ShareLinkRole } from '../../api/share-dto';
import type { ApiFailure } from '../api';
import { shareApi, type ShareApi } from './api';

export interface ShareProblem {
  message: string;
  /** The server refused because no owner account exists yet: the dialog points to /setup. */
  ownerRequired: boolean;
}

export interface ShareState {
  links: ShareLinkDto[] | null;
  loading: boolean;
  creating: boolean;
  problem: ShareProblem | null;
  /** The link just made, with its token: shown once, gone when dismissed or the dialog closes. */
  created: CreatedShareLinkDto | null;

  load(): Promise<void>;
  create(input: { role: ShareLinkRole; label?: string; expiresAt: string | null }): Promise<boolean>;
  revoke(linkId: string): Promise<void>;
  dismissCreated(): void;
  dismissProblem(): void;
}

export type ShareStore = StoreApi<ShareState>;

const problemOf = (failure: ApiFailure): ShareProblem => ({ message: failure.error.message, ownerRequired: failure.error.code === 'owner_required' });

/**
 * The share dialog's state for one diagram: its links, making one (the token is
 * kept only until the dialog closes), revoking. One store per open dialog.
 */
export function createShareStore(diagramId: string, api: ShareApi = shareApi): ShareStore {
  return createStore<ShareState>()((set, get) => {
    const replace = (link: ShareLinkDto) => set((s) => ({
      links: s.links?.some((l) => l.id === link.id) ? s.links.map((l) => (l.id === link.id ? link : l)) : [link, ...(s.links ?? [])],
    }));
    return {
      links: null,
      loading: false,
      creating: false,
      problem: null,
      created: null,

      load: async () => {
        set({ loading: true });
        const listed = await api.listShareLinks(diagramId);
        set(listed.ok ? { links: listed.value, loading: false } : { loading: false, problem: problemOf(listed.error) });
      },
      create: async (input) => {
        if (get().creating) return false;
        set({ creating: true, problem: null, created: null });
        const made = await api.createShareLink(diagramId, { role: input.role, label: input.label, expiresAt: input.expiresAt });
        if (!made.ok) {
          set({ creating: false, problem: problemOf(made.error) });
          return false;
        }
        replace(made.value.link);
        set({ creating: false, created: made.value });
        return true;
      },
      revoke: async (linkId) => {
        const revoked = await api.revokeShareLink(diagramId, linkId);
        if (revoked.ok) replace(revoked.value);
        else set({ problem: problemOf(revoked.error) });
      },
      dismissCreated: () => set({ created: null }),
      dismissProblem: () => set({ problem: null }),
    };
  });
}
