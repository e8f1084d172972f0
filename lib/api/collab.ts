import { z } from 'zod';
import { COMMAND_KINDS } from '../collab/command-kinds';
import type { LoggedOp, OpOutcome, PresenceEntry } from '../collab/types';

/**
 * The live co-editing contract: operations in (`POST …/ops`), events out
 * (`GET …/events`, Server-Sent Events), presence (`POST/DELETE …/presence`).
 */

/** One browser tab: chosen by the client, kept for the tab's session. */
export const ClientId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'clientId is 8–64 characters from A–Z, a–z, 0–9, "_" and "-"');

/** The first level of a command: its kind. The rest is checked by applying it (a malformed one is rejected, not a crash). */
const Command = z.looseObject({ kind: z.enum(COMMAND_KINDS, { error: `kind must be one of the editor commands (${COMMAND_KINDS.join(', ')})` }) });

export const MAX_OPS_PER_REQUEST = 100;

export const OpsRequest = z.strictObject({
  clientId: ClientId,
  /** The revision the client's confirmed document is at; logged with problems, the server orders operations itself. */
  baseRevision: z.number().int().min(0),
  ops: z.array(z.strictObject({ opId: z.uuid('opId must be a UUID'), command: Command }))
    .min(1, 'send at least one operation')
    .max(MAX_OPS_PER_REQUEST, `send at most ${MAX_OPS_PER_REQUEST} operations at once`),
});
export type OpsRequest = z.output<typeof OpsRequest>;

/** POST …/ops → 200: what became of each operation, in the order sent, and the revision after them. */
export interface OpsResponse {
  revision: number;
  outcomes: OpOutcome[];
}

export const PresenceRequest = z.strictObject({
  clientId: ClientId,
  selection: z.array(z.string().max(64)).max(500).default([]),
  /** Sent by `navigator.sendBeacon` when the page goes away. */
  leaving: z.boolean().optional(),
});
export type PresenceRequest = z.output<typeof PresenceRequest>;

export const PresenceDeleteQuery = z.strictObject({ clientId: ClientId });

export const EventsQuery = z.strictObject({
  after: z.coerce.number({ error: 'after is the revision the client has' }).int().min(0),
  clientId: ClientId.optional(),
});

/** The events of `GET …/events`, by SSE event name. */
export interface CollabEvents {
  /** One operation of the log; the SSE id is its revision. */
  op: LoggedOp;
  /** Everything up to `revision` was sent; live events follow. */
  ready: { revision: number };
  /** Everyone who has the diagram open now (the client leaves itself out). */
  presence: { clients: PresenceEntry[] };
  /** The log cannot bring the client up to date: load the document again, then reconnect. */
  reset: { reason: string };
}
