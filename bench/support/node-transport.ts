import type { OpsResponse } from '../../lib/api/collab';
import type { DiagramDetail } from '../../lib/api/dto';
import { SseParser } from '../../lib/collab/sse';
import type { LoggedOp, PresenceEntry } from '../../lib/collab/types';
import { err, ok } from '../../lib/result';
import type { ApiResult } from '../../lib/client/api';
import type { CollabTransport } from '../../lib/client/collab/transport';

/**
 * The co-editing transport over Node's fetch, for the benchmark: the same
 * requests a browser makes, and the event stream read with the SSE parser.
 */
export function nodeTransport(baseUrl: string): CollabTransport & { settled(): Promise<void> } {
  const inFlight = new Set<Promise<unknown>>();
  const json = async <T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> => {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (cause) {
      return err({ status: 0, error: { code: 'network_error', message: (cause as Error).message } });
    }
    const text = await response.text();
    const parsed = text === '' ? null : (JSON.parse(text) as unknown);
    if (response.ok) return ok(parsed as T);
    const error = (parsed as { error?: { code: string; message: string } } | null)?.error;
    return err({ status: response.status, error: { code: (error?.code ?? 'bad_response') as 'bad_response', message: error?.message ?? `HTTP ${response.status}` } });
  };
  return {
    sendOps: (diagramId, body) => json<OpsResponse>('POST', `/api/diagrams/${diagramId}/ops`, body),
    getDiagram: async (diagramId) => {
      const answer = await json<{ diagram: DiagramDetail }>('GET', `/api/diagrams/${diagramId}`);
      return answer.ok ? ok(answer.value.diagram) : answer;
    },
    reportPresence: async (diagramId, body) => {
      const answer = await json<null>('POST', `/api/diagrams/${diagramId}/presence`, body);
      return answer.ok ? ok(null) : answer;
    },
    leave: (diagramId, clientId) => {
      const leaving = fetch(`${baseUrl}/api/diagrams/${diagramId}/presence?clientId=${clientId}`, { method: 'DELETE' }).catch(() => undefined);
      inFlight.add(leaving);
      void leaving.finally(() => inFlight.delete(leaving));
    },
    /** Resolves once the goodbyes sent so far have been answered. */
    settled: async () => {
      await Promise.allSettled([...inFlight]);
    },
    openEvents: (diagramId, after, clientId, handlers) => {
      const abort = new AbortController();
      let open = true;
      void (async () => {
        try {
          const response = await fetch(`${baseUrl}/api/diagrams/${diagramId}/events?after=${after}&clientId=${clientId}`, { signal: abort.signal });
          if (!response.ok || !response.body) throw new Error(`events answered ${response.status}`);
          const parser = new SseParser();
          const decoder = new TextDecoder();
          const reader = response.body.getReader();
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            for (const message of parser.push(decoder.decode(value, { stream: true }))) {
              if (!open) return;
              const data = JSON.parse(message.data) as Record<string, unknown>;
              if (message.event === 'op') handlers.op(data as unknown as LoggedOp);
              else if (message.event === 'ready') handlers.ready(data.revision as number);
              else if (message.event === 'presence') handlers.presence(data.clients as PresenceEntry[]);
              else if (message.event === 'reset') {
                open = false;
                handlers.reset(String(data.reason));
                return;
              }
            }
          }
          throw new Error('the event stream ended');
        } catch {
          if (!open) return;
          open = false;
          handlers.lost();
        }
      })();
      return { close: () => { open = false; abort.abort(); } };
    },
  };
}
