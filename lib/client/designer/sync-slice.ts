import type { StateCreator } from 'zustand/vanilla';
import type { DiagramDetail } from '../../api/dto';
import { patchObjects } from '../../collab/describe';
import { receiveOps, receiveOutcomes, resetSync, restorePending, startSync, markSent, type SyncState, type SyncUpdate } from '../../collab/sync-state';
import type { LoggedOp, OpOutcome, PresenceEntry } from '../../collab/types';
import type { EditorCommand } from '../../editor/command';
import type { HistoryManager } from '../../editor/history';
import { prunedSelection } from './document-slice';
import type { DesignerState } from './store';

/** Whether local edits have reached the server: all of them, some on their way, or stuck. */
export type SaveStatus = 'saved' | 'saving' | 'error';
/** The live connection (the event stream): up, being set up, lost, or the browser is offline. */
export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline';

export interface CollabNotice {
  readonly id: number;
  readonly text: string;
}

/**
 * The open diagram as one client of the live co-editing (`lib/collab`): the
 * server-confirmed document and revision, this tab's operations still on their
 * way, who else is here, and the notices that tell the person when someone
 * else's change met theirs. `document` is always `sync.shown`. The collab
 * client (`lib/client/collab`) does the network and calls the transitions.
 */
export interface SyncSlice {
  diagramId: string;
  /** The server revision `sync.confirmed` is at. */
  revision: number;
  sync: SyncState;
  status: SaveStatus;
  connection: ConnectionState;
  error: { message: string; retrying: boolean } | null;
  notices: CollabNotice[];
  /** The others who have the diagram open. */
  presence: PresenceEntry[];

  opsSent(opIds: readonly string[]): void;
  /** The server's answer to a send; clears a passing error. */
  opsAnswered(outcomes: readonly OpOutcome[]): void;
  /** Operations from the event stream. `needsReset`: they did not follow on; load the document again. */
  opsReceived(ops: readonly LoggedOp[]): { needsReset: boolean };
  /** The whole document again (after `reset`): pending operations are replayed on it. */
  documentReset(detail: DiagramDetail): void;
  /** Operations queued before a reload, restored from the browser's storage. */
  pendingRestored(ops: readonly { opId: string; command: EditorCommand; label: string }[]): void;
  sendFailed(message: string, retrying: boolean): void;
  connectionChanged(connection: ConnectionState): void;
  presenceChanged(clients: readonly PresenceEntry[]): void;
  dismissNotice(id: number): void;
}

const NOTICES_KEPT = 5;
let noticeIds = 0;

export function statusOf(sync: SyncState, error: SyncSlice['error']): SaveStatus {
  if (error) return 'error';
  return sync.pending.length > 0 ? 'saving' : 'saved';
}

/**
 * Applies a sync update to the store: the shown document (with the selection
 * pruned of what disappeared), the undo steps others' changes made stale
 * forgotten, and the notices added.
 */
export function adoptSync(state: DesignerState, update: Pick<SyncUpdate, 'state' | 'notices' | 'touchedByOthers'>, history: HistoryManager): Partial<DesignerState> {
  const sync = update.state;
  if (update.touchedByOthers.length > 0) forgetStale(history, update.touchedByOthers);
  const document = sync.shown;
  return {
    sync,
    revision: sync.revision,
    status: statusOf(sync, state.error),
    canUndo: history.canUndo,
    canRedo: history.canRedo,
    ...(document === state.document ? {} : { document, ...prunedSelection(state, document) }),
    ...(update.notices.length > 0 ? { notices: withNotices(state.notices, update.notices) } : {}),
  };
}

/** The notices with new ones added (the oldest go past a handful). */
export function withNotices(notices: readonly CollabNotice[], texts: readonly string[]): CollabNotice[] {
  return [...notices, ...texts.map((text) => ({ id: ++noticeIds, text }))].slice(-NOTICES_KEPT);
}

/** Undo steps that would restore an object someone else changed since. */
function forgetStale(history: HistoryManager, objects: readonly string[]): void {
  // Changes inside a table (a column, an index) make the whole table's restore stale.
  const touched = new Set(objects.map((o) => o.replace(/^(column|uniques|checks|indexes|dependencies|accessPatterns):([^/]+)\/.*$/, 'table:$2')));
  history.forget((inverse) => inverse.kind === 'patch' && patchObjects(inverse.patch).some((object) => touched.has(object)));
}

export function createSyncSlice(initial: DiagramDetail, history: HistoryManager): StateCreator<DesignerState, [], [], SyncSlice> {
  return (set, get) => {
    const apply = (update: Pick<SyncUpdate, 'state' | 'notices' | 'touchedByOthers'>) => set((state) => adoptSync(state, update, history));
    return {
      diagramId: initial.id,
      revision: initial.revision,
      sync: startSync(initial.document, initial.revision),
      status: 'saved',
      connection: 'connecting',
      error: null,
      notices: [],
      presence: [],

      opsSent: (opIds) => set((state) => ({ sync: markSent(state.sync, opIds) })),
      opsAnswered: (outcomes) => {
        set({ error: null });
        apply(receiveOutcomes(get().sync, outcomes, Date.now()));
      },
      opsReceived: (ops) => {
        const update = receiveOps(get().sync, ops, Date.now());
        apply(update);
        return { needsReset: update.needsReset };
      },
      documentReset: (detail) => apply(resetSync(get().sync, detail.document, detail.revision, Date.now())),
      pendingRestored: (ops) => {
        if (ops.length === 0) return;
        apply({ state: restorePending(get().sync, ops), notices: [], touchedByOthers: [] });
      },
      sendFailed: (message, retrying) => set((state) => {
        const error = { message, retrying };
        return { error, status: statusOf(state.sync, error) };
      }),
      connectionChanged: (connection) => set({ connection }),
      presenceChanged: (clients) => set({ presence: [...clients] }),
      dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
    };
  };
}
