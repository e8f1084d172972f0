import type { LiveApiErrorCode, LiveStreamLine } from '../../api/dto';
import { json } from '../http/responses';
import type { LiveServiceError } from './errors';
import type { RunStart } from './live-service';

const STATUS: Readonly<Record<LiveServiceError['kind'], [LiveApiErrorCode, number]>> = {
  not_found: ['not_found', 404],
  invalid_request: ['invalid_request', 400],
  forbidden_host: ['forbidden_host', 403],
  secret_key_missing: ['secret_key_missing', 503],
  secret_key_invalid: ['secret_key_invalid', 409],
  connection_failed: ['connection_failed', 502],
  cannot_plan: ['cannot_plan', 422],
  plan_changed: ['plan_changed', 409],
  history_unknown: ['history_unknown', 409],
};

/** The standard error body (`{ error: { code, message, problems? } }`) for a live-service failure. */
export function liveErrorResponse(error: LiveServiceError): Response {
  const [code, status] = STATUS[error.kind];
  const problems = error.kind === 'invalid_request' && error.path ? [{ path: error.path, message: error.message }] : undefined;
  return json({ error: { code, message: error.message, ...(problems ? { problems } : {}) } }, status);
}

/**
 * Streams a run as NDJSON: one `{ type: 'event' }` line per progress event as
 * it happens, then one `{ type: 'result' }` line. The status is 200 once the
 * run has started; whether it succeeded is in the last line.
 */
export function streamRun(start: RunStart): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (line: LiveStreamLine) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const outcome = await start.run((event) => write({ type: 'event', event }));
        write(outcome.ok ? { type: 'result', ok: true, report: outcome.value } : { type: 'result', ok: false, error: outcome.error });
      } catch (error) {
        // The message only: a cause chain could hold a driver error with the connection string.
        console.error(`[tablecraft] live run: internal error: ${(error as Error).stack ?? String(error)}`);
        write({ type: 'result', ok: false, error: { kind: 'internal', message: 'something went wrong on the server; the details are in the server log' } });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(body, {
    status: 200,
    headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' },
  });
}

/** A target path segment: `sandbox` or a connection id; anything else names nothing. */
export function targetParam(raw: string): { ok: true; value: string } | { ok: false; response: Response } {
  if (raw === 'sandbox' || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(raw)) return { ok: true, value: raw };
  return { ok: false, response: liveErrorResponse({ kind: 'not_found', message: `no target "${raw}": use "sandbox" or a saved connection's id` }) };
}

/**
 * zod's messages never quote input here, but a request error must not echo a
 * password even by accident: problems about `password` or `url` keep only their path.
 */
export function withoutSecrets<E extends { message: string; problems?: { path: string; message: string }[] }>(error: E): E {
  const secretPaths = new Set(['password', 'url']);
  const problems = error.problems?.map((p) => (secretPaths.has(p.path) ? { path: p.path, message: `${p.path} is not valid` } : p));
  const first = problems?.[0];
  return { ...error, problems, message: first && secretPaths.has(first.path) ? `the request body is not valid: ${first.path} is not valid` : error.message };
}
