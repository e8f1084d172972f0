import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CommentPermissions, ThreadDto, ThreadStatus } from '../../api/comment-dto';
import type { CommentsApi } from './api';

/** Often enough that a reply from someone else shows up while you look; cheap enough for a long-open tab. */
export const COMMENTS_POLL_MS = 4_000;

export interface CommentTargetRef {
  tableId: string;
  columnId: string | null;
}

/** What an action answers: null when it worked, else the message to show next to the button. */
export type ActionOutcome = Promise<string | null>;

export interface CommentsState {
  /** Every thread of the diagram (open and resolved), newest activity first. */
  threads: ThreadDto[];
  permissions: CommentPermissions;
  loaded: boolean;
  /** Why the last refresh failed; cleared by the next one that works. */
  error: string | null;
  /** Open threads per table id: what the node badges read. */
  openByTable: Readonly<Record<string, number>>;
  panelOpen: boolean;
  filter: ThreadStatus;
  /** What the new-thread form is about; null: the selected table. */
  draftTarget: CommentTargetRef | null;

  setPanelOpen(open: boolean): void;
  setFilter(filter: ThreadStatus): void;
  /** Opens the panel on the open threads with the new-thread form aimed at `target`. */
  compose(target: CommentTargetRef | null): void;
  refresh(): Promise<void>;
  startThread(target: CommentTargetRef, body: string): ActionOutcome;
  reply(threadId: string, body: string): ActionOutcome;
  edit(commentId: string, body: string): ActionOutcome;
  remove(commentId: string): ActionOutcome;
  resolve(threadId: string): ActionOutcome;
  reopen(threadId: string): ActionOutcome;
}

export type CommentsStore = StoreApi<CommentsState>;

/**
 * The comments of one open diagram. The server is the truth: every action is
 * sent, then the list is fetched again (so others' comments arrive with it).
 * Refreshes can overlap (polling and an action); only the last one started is
 * kept, so an older answer never overwrites a newer one.
 */
export function createCommentsStore(diagramId: string, api: CommentsApi): CommentsStore {
  let generation = 0;
  return createStore<CommentsState>()((set, get) => {
    const act = async (send: () => Promise<{ ok: boolean; error?: { error: { message: string } } }>): ActionOutcome => {
      const answer = await send();
      await get().refresh();
      return answer.ok ? null : answer.error?.error.message ?? 'the server refused this';
    };
    return {
      threads: [],
      permissions: { comment: false, moderate: false },
      loaded: false,
      error: null,
      openByTable: {},
      panelOpen: false,
      filter: 'open',
      draftTarget: null,

      setPanelOpen: (panelOpen) => set({ panelOpen }),
      setFilter: (filter) => set({ filter }),
      compose: (draftTarget) => set({ draftTarget, panelOpen: true, filter: 'open' }),

      async refresh() {
        const mine = ++generation;
        const answer = await api.list(diagramId);
        if (mine !== generation) return;
        if (!answer.ok) {
          set({ error: answer.error.error.message });
          return;
        }
        const { threads, permissions } = answer.value;
        set({ threads, permissions, loaded: true, error: null, openByTable: countOpenByTable(threads) });
      },

      startThread: (target, body) => act(() => api.startThread(diagramId, { ...target, body })),
      reply: (threadId, body) => act(() => api.reply(diagramId, threadId, body)),
      edit: (commentId, body) => act(() => api.edit(diagramId, commentId, body)),
      remove: (commentId) => act(() => api.remove(diagramId, commentId)),
      resolve: (threadId) => act(() => api.resolve(diagramId, threadId)),
      reopen: (threadId) => act(() => api.reopen(diagramId, threadId)),
    };
  });
}

/** Open threads whose table is still in the diagram (a deleted column's thread still counts for its table). */
export function countOpenByTable(threads: readonly ThreadDto[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of threads) {
    if (t.status === 'open' && t.target.state !== 'table_deleted') counts[t.target.tableId] = (counts[t.target.tableId] ?? 0) + 1;
  }
  return counts;
}

/**
 * Refreshes now and then every `intervalMs` while the page is visible (a
 * hidden tab asks nothing; coming back refreshes at once). Returns the stop function.
 */
export function keepFresh(store: CommentsStore, intervalMs = COMMENTS_POLL_MS, page: Pick<Document, 'hidden' | 'addEventListener' | 'removeEventListener'> = document): () => void {
  let inFlight = false;
  const tick = () => {
    if (page.hidden || inFlight) return;
    inFlight = true;
    void store.getState().refresh().finally(() => { inFlight = false; });
  };
  const onVisible = () => { if (!page.hidden) tick(); };
  tick();
  const timer = setInterval(tick, intervalMs);
  page.addEventListener('visibilitychange', onVisible);
  return () => {
    clearInterval(timer);
    page.removeEventListener('visibilitychange', onVisible);
  };
}
