import type { OpsResponse } from '../../api/collab';
import type { CollabEvents } from '../../api/collab';
import { err, ok } from '../../result';
import { api, type ApiResult, type ClientErrorCode } from '../api';
import { sendToSignIn } from '../auth/navigation';
import type { CollabTransport } from './transport';

const diagramPath = (id: string) => `/api/diagrams/${encodeURIComponent(id)}`;

/** The browser's co-editing transport: JSON over fetch, events over EventSource, goodbye by beacon. */
export const browserTransport: CollabTransport = {
  sendOps: (diagramId, body) => postJson<OpsResponse>(`${diagramPath(diagramId)}/ops`, body),
  getDiagram: (diagramId) => api.getDiagram(diagramId),
  reportPresence: async (diagramId, body) => {
    const sent = await postJson<unknown>(`${diagramPath(diagramId)}/presence`, body);
    return sent.ok ? ok(null) : sent;
  },
  leave: (diagramId, clientId) => {
    const body = new Blob([JSON.stringify({ clientId, selection: [], leaving: true })], { type: 'application/json' });
    if (!navigator.sendBeacon?.(`${diagramPath(diagramId)}/presence`, body)) {
      void fetch(`${diagramPath(diagramId)}/presence?clientId=${encodeURIComponent(clientId)}`, { method: 'DELETE', keepalive: true }).catch(() => undefined);
    }
  },
  openEvents: (diagramId, after, clientId, handlers) => {
    const source = new EventSource(`${diagramPath(diagramId)}/events?after=${after}&clientId=${encodeURIComponent(clientId)}`);
    let open = true;
    const on = <K extends keyof CollabEvents>(event: K, handle: (data: CollabEvents[K]) => void) => {
      source.addEventListener(event, (message) => {
        if (!open) return;
        try {
          handle(JSON.parse((message as MessageEvent<string>).data) as CollabEvents[K]);
        } catch (error) {
          console.error(`[tablecraft] co-editing: an unreadable "${event}" event`, error);
        }
      });
    };
    on('op', (op) => handlers.op(op));
    on('ready', ({ revision }) => handlers.ready(revision));
    on('presence', ({ clients }) => handlers.presence(clients));
    on('reset', ({ reason }) => {
      open = false;
      source.close();
      handlers.reset(reason);
    });
    // EventSource would reconnect by itself; the client reconnects instead, from the revision it has.
    source.onerror = () => {
      if (!open) return;
      open = false;
      source.close();
      handlers.lost();
    };
    return { close: () => { open = false; source.close(); } };
  },
};

async function postJson<T>(path: string, body: unknown): Promise<ApiResult<T>> {
  let response: Response;
  const text = JSON.stringify(body);
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: text,
      cache: 'no-store',
      // Small requests survive the page going away (the last send on leaving); browsers cap keepalive bodies at 64 KB.
      keepalive: text.length < 60_000,
    });
  } catch (cause) {
    return err({ status: 0, error: { code: 'network_error', message: `Could not reach the Tablecraft server (${cause instanceof Error ? cause.message : String(cause)}).` } });
  }
  const answer = await response.text().catch(() => '');
  let json: unknown;
  try {
    json = answer === '' ? undefined : JSON.parse(answer);
  } catch {
    json = undefined;
  }
  if (response.ok) return ok(json as T);
  if (response.status === 401) sendToSignIn();
  const error = (json as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return err({ status: response.status, error: { code: error.code as ClientErrorCode, message: error.message } });
  }
  return err({ status: response.status, error: { code: 'bad_response', message: `The server answered ${response.status} without an error message.` } });
}
