import type {
  ConnectionSummary, ConnectionTestResult, DiagramDetail, DriftReport, LiveApiErrorCode, LiveHistory, LivePlan, LiveStreamLine, SandboxStatus, SslMode,
} from '../../api/dto';
import { err, ok, type Result } from '../../result';

/**
 * The browser's client for the live-database API (connections, sandbox, plan,
 * apply, history, rollback). Like lib/client/api.ts, every call resolves to a
 * Result; apply and rollback read the NDJSON stream and hand each line to
 * `onLine` as it arrives.
 */
export interface LiveFailure {
  status: number;
  code: LiveApiErrorCode | 'network_error' | 'bad_response';
  message: string;
}
export type LiveResult<T> = Result<T, LiveFailure>;

export interface ConnectionInput {
  name?: string;
  url?: string;
  host?: string;
  port?: number;
  database?: string;
  username?: string;
  password?: string;
  sslmode?: SslMode;
}

const enc = encodeURIComponent;
const live = (diagramId: string, target: string, what: string) => `/api/diagrams/${enc(diagramId)}/live/${enc(target)}/${what}`;

export const liveApi = {
  listConnections: () => call<{ connections: ConnectionSummary[] }>('GET', '/api/connections').then((r) => map(r, (b) => b.connections)),
  createConnection: (input: ConnectionInput) => call<{ connection: ConnectionSummary }>('POST', '/api/connections', input).then((r) => map(r, (b) => b.connection)),
  updateConnection: (id: string, input: ConnectionInput) => call<{ connection: ConnectionSummary }>('PUT', `/api/connections/${enc(id)}`, input).then((r) => map(r, (b) => b.connection)),
  deleteConnection: (id: string) => call<undefined>('DELETE', `/api/connections/${enc(id)}`).then((r) => map(r, () => null)),
  testTarget: (target: string) => call<{ test: ConnectionTestResult }>('POST', `/api/connections/${enc(target)}/test`).then((r) => map(r, (b) => b.test)),
  introspect: (target: string, name?: string) =>
    call<{ diagram: DiagramDetail; warnings: string[] }>('POST', `/api/connections/${enc(target)}/introspect`, name ? { name } : {}),
  sandbox: () => call<{ sandbox: SandboxStatus }>('GET', '/api/sandbox').then((r) => map(r, (b) => b.sandbox)),
  resetSandbox: () => call<{ sandbox: SandboxStatus }>('POST', '/api/sandbox/reset', { confirm: 'sandbox' }).then((r) => map(r, (b) => b.sandbox)),
  plan: (diagramId: string, target: string) => call<{ plan: LivePlan }>('GET', live(diagramId, target, 'plan')).then((r) => map(r, (b) => b.plan)),
  drift: (diagramId: string, target: string) => call<{ drift: DriftReport }>('GET', live(diagramId, target, 'drift')).then((r) => map(r, (b) => b.drift)),
  history: (diagramId: string, target: string) => call<{ history: LiveHistory }>('GET', live(diagramId, target, 'history')).then((r) => map(r, (b) => b.history)),
  apply: (diagramId: string, target: string, body: { dryRun?: boolean; planId?: string; confirm?: string }, onLine: (line: LiveStreamLine) => void) =>
    stream(live(diagramId, target, 'apply'), body, onLine),
  rollback: (diagramId: string, target: string, body: { toVersion: number; dryRun?: boolean; confirm?: string }, onLine: (line: LiveStreamLine) => void) =>
    stream(live(diagramId, target, 'rollback'), body, onLine),
};

function map<T, U>(result: LiveResult<T>, pick: (value: T) => U): LiveResult<U> {
  return result.ok ? ok(pick(result.value)) : result;
}

async function request(method: string, path: string, body?: unknown): Promise<Result<Response, LiveFailure>> {
  try {
    return ok(await fetch(path, {
      method, cache: 'no-store',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }));
  } catch (cause) {
    return err({ status: 0, code: 'network_error', message: `Could not reach the Tablecraft server (${cause instanceof Error ? cause.message : String(cause)}).` });
  }
}

async function failureOf(response: Response): Promise<LiveFailure> {
  const body = await response.json().catch(() => null) as { error?: { code?: string; message?: string } } | null;
  if (body?.error?.code && body.error.message) return { status: response.status, code: body.error.code as LiveApiErrorCode, message: body.error.message };
  return { status: response.status, code: 'bad_response', message: `The server answered ${response.status} without an error message.` };
}

async function call<T>(method: string, path: string, body?: unknown): Promise<LiveResult<T>> {
  const sent = await request(method, path, body);
  if (!sent.ok) return sent;
  const response = sent.value;
  if (!response.ok) return err(await failureOf(response));
  const text = await response.text();
  return ok((text ? JSON.parse(text) : undefined) as T);
}

/** Reads an NDJSON run line by line; resolves with the final result line. */
async function stream(path: string, body: unknown, onLine: (line: LiveStreamLine) => void): Promise<LiveResult<Extract<LiveStreamLine, { type: 'result' }>>> {
  const sent = await request('POST', path, body);
  if (!sent.ok) return sent;
  const response = sent.value;
  if (!response.ok || !response.body) return err(await failureOf(response));
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = '';
  let result: Extract<LiveStreamLine, { type: 'result' }> | null = null;
  for (;;) {
    const { done, value } = await reader.read();
    if (value) pending += value;
    const lines = pending.split('\n');
    pending = done ? '' : lines.pop() ?? '';
    for (const text of lines.filter((l) => l.trim() !== '')) {
      const line = JSON.parse(text) as LiveStreamLine;
      if (line.type === 'result') result = line;
      onLine(line);
    }
    if (done) break;
  }
  return result ? ok(result) : err({ status: response.status, code: 'bad_response', message: 'The run ended without a result (the connection to the server was lost?). Check the history.' });
}
