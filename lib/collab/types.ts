import type { CommandError, EditorCommand } from '../editor/command';
import type { DiagramDocument } from '../model/document';

/**
 * What the operation log stores for one revision: an editor command a person
 * made, or a whole document written by a save that did not come from the live
 * designer (`PUT /api/diagrams/:id` from the CLI or an API user, a restore).
 */
export type LoggedCommand = EditorCommand | { kind: 'replace'; document: DiagramDocument };

/** An operation as a client sends it: its own id (for retries) and the command. */
export interface Op {
  readonly opId: string;
  readonly command: EditorCommand;
}

/** An operation as the server applied it, at `revision` (which it produced). */
export interface LoggedOp {
  readonly revision: number;
  readonly opId: string;
  readonly clientId: string;
  readonly authorName: string;
  readonly command: LoggedCommand;
}

/** What the server did with one sent operation. */
export type OpOutcome =
  | { readonly opId: string; readonly status: 'applied'; readonly revision: number }
  | { readonly opId: string; readonly status: 'rejected'; readonly code: CommandError['kind']; readonly reason: string };

/**
 * A local operation the server has not confirmed yet. `state` says how far it got:
 * `new` — never sent; `sent` — sent at least once, outcome unknown (it may be
 * applied already, so it is never dropped on the client's own judgement);
 * `applied` — the server said applied, its event has not arrived yet.
 */
export interface PendingOp extends Op {
  /** How the person would name what the change was about ("orders.status"), taken when it was made. */
  readonly label: string;
  readonly state: 'new' | 'sent' | 'applied';
  /** For `applied`: the revision the server gave it. */
  readonly revision?: number;
}

/** One person with the diagram open (one browser tab). */
export interface PresenceEntry {
  readonly clientId: string;
  readonly name: string;
  /** A CSS colour, stable per client. */
  readonly color: string;
  /** Ids of the tables, notes, areas or relationship they have selected. */
  readonly selection: readonly string[];
}
