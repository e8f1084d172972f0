import type { RehearsalApiErrorCode, RehearsalStreamLine } from '../../api/dto';
import type { RehearsalRequest } from '../../api/requests';
import { err, ok, type Result } from '../../result';

/**
 * The browser's client for `POST /api/diagrams/:id/rehearsal`: reads the NDJSON
 * stream and hands every line to `onLine` as it arrives; resolves with the final
 * result line, or with why the run never started (or was cut off).
 */
export interface RehearsalFailureResponse {
  status: number;
  code: RehearsalApiErrorCode | 'network_error' | 'bad_response';
  message: string;
}

export type RehearsalResultLine = Extract<RehearsalStreamLine, { type: 'result' }>;

export async function runRehearsal(
  diagramId: string,
  body: Partial<RehearsalRequest>,
  onLine: (line: RehearsalStreamLine) => void,
): Promise<Result<RehearsalResultLine, RehearsalFailureResponse>> {
  let response: Response;
  try {
    response = await fetch(`/api/diagrams/${encodeURIComponent(diagramId)}/rehearsal`, {
      method: 'POST', cache: 'no-store',
      headers: { accept: 'application/x-ndjson, application/json', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (cause) {
    return err({ status: 0, code: 'network_error', message: `Could not reach the Tablecraft server (${cause instanceof Error ? cause.message : String(cause)}).` });
  }
  if (!response.ok || !response.body) return err(await failureOf(response));
  let result: RehearsalResultLine | null = null;
  for await (const line of ndjsonLines(response.body)) {
    const parsed = JSON.parse(line) as RehearsalStreamLine;
    if (parsed.type === 'result') result = parsed;
    onLine(parsed);
  }
  return result
    ? ok(result)
    : err({ status: response.status, code: 'bad_response', message: 'The rehearsal ended without a result: the connection to the server was lost. Run it again.' });
}

/** The non-empty lines of a byte stream, as they complete. */
export async function* ndjsonLines(body: NonNullable<Response['body']>): AsyncGenerator<string> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (value) pending += value;
    const lines = pending.split('\n');
    pending = done ? '' : lines.pop() ?? '';
    for (const line of lines) if (line.trim() !== '') yield line;
    if (done) return;
  }
}

async function failureOf(response: Response): Promise<RehearsalFailureResponse> {
  const body = await response.json().catch(() => null) as { error?: { code?: string; message?: string; problems?: { path: string; message: string }[] } } | null;
  if (body?.error?.code && body.error.message) {
    const where = body.error.problems?.map((p) => `${p.path}: ${p.message}`).join('; ');
    return { status: response.status, code: body.error.code as RehearsalApiErrorCode, message: where && !body.error.message.includes(where) ? `${body.error.message} (${where})` : body.error.message };
  }
  return { status: response.status, code: 'bad_response', message: `The server answered ${response.status} without an error message.` };
}
