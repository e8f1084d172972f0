import type { RehearsalEventDto, RehearsalFailure, RehearsalReportDto, RehearsalStreamLine } from '@/lib/api/dto';
import { json } from '@/lib/server/http';
import { redact } from '@/lib/server/live/redact';
import { rehearse } from '@/lib/server/rehearsal';
import type { RehearsalInputs } from './inputs';

/**
 * One rehearsal at a time per server process: each one starts its own
 * PostgreSQL (or scratch database) and loads up to hundreds of thousands of
 * rows, so a second one would only make both slow and double the memory.
 */
let running = false;

export function rehearsalBusy(): Response | null {
  return running
    ? json({ error: { code: 'rehearsal_busy', message: 'a rehearsal is already running on this server; wait for it to finish and run again' } }, 409, { 'retry-after': '10' })
    : null;
}

/** A DTO with every level read-only: what the server's types are, so `sent` checks the shapes match. */
type Frozen<T> = T extends readonly (infer U)[] ? readonly Frozen<U>[] : T extends object ? { readonly [K in keyof T]: Frozen<T[K]> } : T;
const sent = <Dto>(value: Frozen<Dto>): Dto => value as Dto;

/**
 * Streams a rehearsal as NDJSON: one `{ type: 'event' }` line per progress
 * event, then one `{ type: 'result' }` line with the report or the failure.
 * Every line is scrubbed of the connection's secrets. If the browser goes
 * away, the rehearsal still finishes (so its scratch database is dropped).
 */
export function streamRehearsal(inputs: RehearsalInputs): Response {
  running = true;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const write = (line: RehearsalStreamLine) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(`${redact(JSON.stringify(line), inputs.secrets)}\n`));
        } catch {
          open = false; // the reader cancelled
        }
      };
      try {
        const outcome = await rehearse({ ...inputs.options, onEvent: (event) => write({ type: 'event', event: sent<RehearsalEventDto>(event) }) });
        write(outcome.ok ? { type: 'result', ok: true, report: sent<RehearsalReportDto>(outcome.value) } : { type: 'result', ok: false, error: outcome.error });
      } catch (error) {
        console.error(`[tablecraft] rehearsal: internal error: ${redact((error as Error).stack ?? String(error), inputs.secrets)}`);
        const failure: RehearsalFailure = { kind: 'internal', message: 'the rehearsal failed on the server; the details are in the server log' };
        write({ type: 'result', ok: false, error: failure });
      } finally {
        running = false;
        if (open) controller.close();
      }
    },
  });
  return new Response(body, {
    status: 200,
    headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' },
  });
}
