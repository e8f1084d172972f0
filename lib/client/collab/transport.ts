import type { OpsRequest, OpsResponse } from '../../api/collab';
import type { DiagramDetail } from '../../api/dto';
import type { LoggedOp, PresenceEntry } from '../../collab/types';
import type { ApiResult } from '../api';

/** What the event stream delivers (see `CollabEvents` in lib/api/collab.ts). */
export interface EventHandlers {
  op(op: LoggedOp): void;
  ready(revision: number): void;
  presence(clients: readonly PresenceEntry[]): void;
  reset(reason: string): void;
  /** The connection failed or ended; the client decides when to open a new one. */
  lost(): void;
}

export interface EventConnection {
  close(): void;
}

/**
 * The network under the collab client: one implementation over `fetch` and
 * `EventSource` in the browser (browser-transport.ts), another over Node's
 * fetch in the benchmark, stand-ins in tests.
 */
export interface CollabTransport {
  sendOps(diagramId: string, body: OpsRequest): Promise<ApiResult<OpsResponse>>;
  getDiagram(diagramId: string): Promise<ApiResult<DiagramDetail>>;
  reportPresence(diagramId: string, body: { clientId: string; selection: string[] }): Promise<ApiResult<null>>;
  /** Best effort, also while the page is going away. */
  leave(diagramId: string, clientId: string): void;
  openEvents(diagramId: string, after: number, clientId: string, handlers: EventHandlers): EventConnection;
}
