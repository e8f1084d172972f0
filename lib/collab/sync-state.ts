import type { EditorCommand } from '../editor/command';
import type { DiagramDocument } from '../model/document';
import { applyLogged, applyOperation } from './apply-op';
import { describeChanges, type Change } from './changes';
import { withFreeDefaultName, renamedOnTheWay } from './default-names';
import { commandTargets, removedObjectName } from './describe';
import type { LoggedOp, OpOutcome, PendingOp } from './types';

/**
 * One client's view of a diagram being edited by several people. The server
 * orders every operation; the client keeps
 *
 * - `confirmed`: the server's document at `revision` (every logged operation up
 *   to it, applied in order — the same pure function the server ran, so it is
 *   the server's document exactly), and
 * - `pending`: its own operations the server has not confirmed yet, in the
 *   order they were made.
 *
 * What the person sees, `shown`, is `pending` replayed on `confirmed`. An
 * operation from someone else moves `confirmed` on and `pending` is replayed on
 * top (a rebase); the client's own operation coming back just moves it from
 * `pending` into `confirmed`, which leaves `shown` as it was. All of this is
 * pure: the designer store and the benchmark drive it; tests prove it converges.
 */
export interface SyncState {
  readonly revision: number;
  readonly confirmed: DiagramDocument;
  readonly pending: readonly PendingOp[];
  readonly shown: DiagramDocument;
  /** Recently confirmed changes, own (`author` null) and others', for the notices. */
  readonly recent: readonly RecentChange[];
}

export interface RecentChange {
  readonly revision: number;
  /** Milliseconds (the caller's clock) when this client learned of it. */
  readonly at: number;
  /** Who made it; null for this client's own operation. */
  readonly author: string | null;
  readonly changes: readonly Change[];
}

export interface SyncUpdate {
  readonly state: SyncState;
  /** Things to tell the person, one sentence each. */
  readonly notices: string[];
  /** Objects others changed (`Change.object` names): undo steps that touch them are stale. */
  readonly touchedByOthers: string[];
  /** The operations did not follow on from `revision` (or one did not apply): load the document again. */
  readonly needsReset: boolean;
}

/** How long an own change counts as "just made" when someone else's change lands on the same property. */
export const OVERWRITE_WINDOW_MS = 15_000;
/** How long changes are remembered for naming who removed something. */
const RECENT_MS = 60_000;
const RECENT_LIMIT = 200;

export function startSync(document: DiagramDocument, revision: number): SyncState {
  return { revision, confirmed: document, pending: [], shown: document, recent: [] };
}

/** A local edit, already applied to `shown` by the caller (so `shown` is what the person saw). */
export function addLocal(state: SyncState, op: { opId: string; command: EditorCommand; label: string }, shown: DiagramDocument): SyncState {
  return { ...state, pending: [...state.pending, { ...op, state: 'new' }], shown };
}

/**
 * Operations queued before a reload (kept in the browser's storage). Whether the
 * server got them is unknown, so they count as sent: they are shown if they still
 * apply, never dropped here, and the server's answer to sending them again decides.
 */
export function restorePending(state: SyncState, ops: readonly { opId: string; command: EditorCommand; label: string }[]): SyncState {
  const known = new Set(state.pending.map((p) => p.opId));
  const restored: PendingOp[] = ops.filter((op) => !known.has(op.opId)).map((op) => ({ ...op, state: 'sent' }));
  const pending = [...state.pending, ...restored];
  return { ...state, pending, shown: rebase(state.confirmed, pending).shown };
}

/** The operations are on their way to the server. */
export function markSent(state: SyncState, opIds: readonly string[]): SyncState {
  const sent = new Set(opIds);
  if (!state.pending.some((p) => p.state === 'new' && sent.has(p.opId))) return state;
  return { ...state, pending: state.pending.map((p) => (p.state === 'new' && sent.has(p.opId) ? { ...p, state: 'sent' } : p)) };
}

/** Operations from the server's log, in order (from the event stream). */
export function receiveOps(state: SyncState, ops: readonly LoggedOp[], now: number): SyncUpdate {
  let { revision, confirmed } = state;
  const pending = [...state.pending];
  const recent = [...state.recent];
  const notices: string[] = [];
  const touchedByOthers: string[] = [];
  let needsRebase = false;
  let needsReset = false;
  for (const op of ops) {
    if (op.revision <= revision) continue; // seen already (a reconnect can repeat)
    const applied = op.revision === revision + 1 ? applyLogged(confirmed, op.command) : null;
    if (!applied?.ok) {
      needsReset = true;
      break;
    }
    const before = confirmed;
    confirmed = applied.value;
    revision = op.revision;
    const changes = describeChanges(before, confirmed);
    const own = pending.findIndex((p) => p.opId === op.opId);
    if (own >= 0) {
      // Replaying the rest of `pending` on the new `confirmed` gives the same `shown` when this was the first one
      // and the server applied it as sent.
      if (own > 0 || (op.command.kind !== 'replace' && renamedOnTheWay(pending[own]!.command, op.command))) needsRebase = true;
      pending.splice(own, 1);
      recent.push({ revision, at: now, author: null, changes });
      continue;
    }
    needsRebase = true;
    notices.push(...overwriteNotices(recent, op.authorName, changes, now));
    recent.push({ revision, at: now, author: op.authorName, changes });
    touchedByOthers.push(...changes.map((c) => c.object));
  }
  const kept = trimRecent(recent, now);
  if (!needsRebase) return { state: { ...state, revision, confirmed, pending, recent: kept }, notices, touchedByOthers, needsReset };
  const rebased = rebase(confirmed, pending);
  notices.push(...rebased.dropped.map((d) => droppedNotice(d.op, d.reason, kept)));
  return { state: { revision, confirmed, pending: rebased.pending, shown: rebased.shown, recent: kept }, notices, touchedByOthers, needsReset };
}

/** The server's answer to sending operations. */
export function receiveOutcomes(state: SyncState, outcomes: readonly OpOutcome[], now: number): SyncUpdate {
  const byId = new Map(outcomes.map((o) => [o.opId, o]));
  const notices: string[] = [];
  let changedShown = false;
  const pending: PendingOp[] = [];
  for (const op of state.pending) {
    const outcome = byId.get(op.opId);
    if (!outcome) {
      pending.push(op);
    } else if (outcome.status === 'rejected') {
      notices.push(droppedNotice(op, outcome.reason, state.recent));
      changedShown = true;
    } else if (outcome.revision <= state.revision) {
      // Applied before the document this client has (sent again after a reload): already in `confirmed`.
      changedShown = true;
    } else {
      pending.push(op.state === 'applied' ? op : { ...op, state: 'applied', revision: outcome.revision });
    }
  }
  if (!changedShown) return { state: { ...state, pending }, notices, touchedByOthers: [], needsReset: false };
  const rebased = rebase(state.confirmed, pending);
  notices.push(...rebased.dropped.map((d) => droppedNotice(d.op, d.reason, state.recent)));
  const recent = trimRecent(state.recent, now);
  return { state: { ...state, pending: rebased.pending, shown: rebased.shown, recent }, notices, touchedByOthers: [], needsReset: false };
}

/**
 * The whole document again (after a reset, or when the client fell too far
 * behind for the log): pending operations are replayed on it as after any other
 * remote change. Those the server already applied come back as "applied" when
 * they are sent again, and are removed then.
 */
export function resetSync(state: SyncState, document: DiagramDocument, revision: number, now: number): SyncUpdate {
  const changes = describeChanges(state.confirmed, document);
  // Those the server said it applied at or before this revision are in the document already.
  const pending = state.pending.filter((op) => !(op.state === 'applied' && op.revision !== undefined && op.revision <= revision));
  const rebased = rebase(document, pending);
  const recent = trimRecent(state.recent, now);
  return {
    state: { revision, confirmed: document, pending: rebased.pending, shown: rebased.shown, recent },
    notices: rebased.dropped.map((d) => droppedNotice(d.op, d.reason, recent)),
    touchedByOthers: changes.map((c) => c.object),
    needsReset: false,
  };
}

interface Rebased {
  shown: DiagramDocument;
  pending: PendingOp[];
  dropped: { op: PendingOp; reason: string }[];
}

/**
 * Replays pending operations on `confirmed`. One that no longer applies and was
 * never sent is dropped (the server would refuse it the same way); one that was
 * sent is left out of `shown` but kept until the server's answer says what
 * became of it, since the server may have applied it before the change that
 * now stands in its way.
 */
export function rebase(confirmed: DiagramDocument, pending: readonly PendingOp[]): Rebased {
  let shown = confirmed;
  const kept: PendingOp[] = [];
  const dropped: Rebased['dropped'] = [];
  for (const queued of pending) {
    // A default table name someone took meanwhile moves on to the next free one, as the server will do.
    const renamed = withFreeDefaultName(shown, queued.command);
    const op = renamed ? { ...queued, command: renamed } : queued;
    const result = applyOperation(shown, op.command);
    if (result.ok) shown = result.value;
    else if (op.state === 'new') {
      dropped.push({ op, reason: result.error.message });
      continue;
    }
    kept.push(op);
  }
  return { shown, pending: kept, dropped };
}

/** "Your change to orders.status was dropped: Ana deleted the table orders." */
function droppedNotice(op: PendingOp, reason: string, recent: readonly RecentChange[]): string {
  const targets = new Set(commandTargets(op.command));
  for (let i = recent.length - 1; i >= 0; i--) {
    const entry = recent[i]!;
    if (entry.author === null) continue;
    const removal = entry.changes.find((c) => c.kind === 'removed' && targets.has(c.object));
    if (removal) return `Your change to ${op.label} was dropped: ${entry.author} deleted ${removedObjectName(removal)}.`;
  }
  return `Your change to ${op.label} was dropped: ${reason.replace(/\.$/, '')}.`;
}

/**
 * Someone's change landed on a property this client set moments ago (the later
 * one in server order wins), or removed an object it just changed: say so,
 * naming who and what.
 */
function overwriteNotices(recent: readonly RecentChange[], author: string, changes: readonly Change[], now: number): string[] {
  const mine = recent.filter((entry) => entry.author === null && now - entry.at <= OVERWRITE_WINDOW_MS).flatMap((entry) => entry.changes);
  if (mine.length === 0) return [];
  const notices = new Set<string>();
  for (const change of changes) {
    if (change.kind === 'changed' && change.property && mine.some((m) => m.key === change.key)) {
      const value = shownValue(change.value);
      notices.add(`${author} changed the ${change.property} of ${change.label} after you did; theirs is kept${value ? ` (${value})` : ''}.`);
    }
    if (change.kind === 'removed' && mine.some((m) => m.object === change.object || m.object.startsWith(`${change.object.replace(/^table:/, 'column:')}/`))) {
      notices.add(`${author} deleted ${removedObjectName(change)}, which you had just changed.`);
    }
  }
  return [...notices];
}

function shownValue(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? 'empty' : `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

function trimRecent(recent: readonly RecentChange[], now: number): RecentChange[] {
  const fresh = recent.filter((entry) => now - entry.at <= RECENT_MS);
  return fresh.length > RECENT_LIMIT ? fresh.slice(-RECENT_LIMIT) : fresh;
}
