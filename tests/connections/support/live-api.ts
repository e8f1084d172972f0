import { createServer, type Server } from 'node:net';
import type { ConnectionSummary, DiagramDetail, LiveHistory, LivePlan, LiveStreamLine } from '../../../lib/api/dto';
import * as diagrams from '../../../app/api/diagrams/route';
import * as connections from '../../../app/api/connections/route';
import * as connection from '../../../app/api/connections/[id]/route';
import * as test from '../../../app/api/connections/[id]/test/route';
import * as introspect from '../../../app/api/connections/[id]/introspect/route';
import * as plan from '../../../app/api/diagrams/[id]/live/[target]/plan/route';
import * as drift from '../../../app/api/diagrams/[id]/live/[target]/drift/route';
import * as apply from '../../../app/api/diagrams/[id]/live/[target]/apply/route';
import * as history from '../../../app/api/diagrams/[id]/live/[target]/history/route';
import * as rollback from '../../../app/api/diagrams/[id]/live/[target]/rollback/route';
import * as sandbox from '../../../app/api/sandbox/route';
import * as reset from '../../../app/api/sandbox/reset/route';
import { call, request, type Answer } from '../../api/support/api';

export const routes = { diagrams, connections, connection, test, introspect, plan, drift, apply, history, rollback, sandbox, reset };

/** Every answer a test got, raw, so a test can scan all of them for a secret. */
export const seen: { status: number; headers: string; body: string }[] = [];

async function record<T>(answer: Promise<Answer<T>>): Promise<Answer<T>> {
  const a = await answer;
  seen.push({ status: a.status, headers: JSON.stringify([...a.headers.entries()]), body: JSON.stringify(a.body) ?? '' });
  return a;
}

export const api = {
  createDiagram: (document: unknown) => record(call<{ diagram: DiagramDetail }>(diagrams.POST, request('POST', '/api/diagrams', { body: { document } }))),
  createConnection: (body: unknown) => record(call<{ connection: ConnectionSummary }>(connections.POST, request('POST', '/api/connections', { body }))),
  listConnections: () => record(call<{ connections: ConnectionSummary[] }>(connections.GET, request('GET', '/api/connections'))),
  getConnection: (id: string) => record(call<{ connection: ConnectionSummary }>(connection.GET, request('GET', `/api/connections/${id}`), { id })),
  updateConnection: (id: string, body: unknown) => record(call<{ connection: ConnectionSummary }>(connection.PUT, request('PUT', `/api/connections/${id}`, { body }), { id })),
  deleteConnection: (id: string) => record(call(connection.DELETE, request('DELETE', `/api/connections/${id}`), { id })),
  test: (id: string) => record(call<{ test: { serverVersion: string; extensions: { name: string }[]; canCreateInPublic: boolean } }>(test.POST, request('POST', `/api/connections/${id}/test`), { id })),
  introspect: (id: string, name?: string) => record(call<{ diagram: DiagramDetail; warnings: string[] }>(introspect.POST, request('POST', `/api/connections/${id}/introspect`, { body: name ? { name } : {} }), { id })),
  plan: (id: string, target: string) => record(call<{ plan: LivePlan }>(plan.GET, request('GET', `/api/diagrams/${id}/live/${target}/plan`), { id, target })),
  drift: (id: string, target: string) => record(call<{ drift: { inSync: boolean; statements: { sql: string }[] } }>(drift.GET, request('GET', `/api/diagrams/${id}/live/${target}/drift`), { id, target })),
  history: (id: string, target: string) => record(call<{ history: LiveHistory }>(history.GET, request('GET', `/api/diagrams/${id}/live/${target}/history`), { id, target })),
  apply: (id: string, target: string, body: unknown) => stream(apply.POST, request('POST', `/api/diagrams/${id}/live/${target}/apply`, { body }), { id, target }),
  rollback: (id: string, target: string, body: unknown) => stream(rollback.POST, request('POST', `/api/diagrams/${id}/live/${target}/rollback`, { body }), { id, target }),
};

export interface Streamed {
  status: number;
  contentType: string | null;
  lines: LiveStreamLine[];
  /** The last line when it is a result; an error body otherwise. */
  result: Extract<LiveStreamLine, { type: 'result' }> | null;
  errorBody: unknown;
}

/** Calls a streaming route and reads every NDJSON line. */
/** Method syntax keeps the parameter check bivariant, so handlers with typed params fit. */
interface StreamingHandler {
  handle(req: Request, ctx: { params: Promise<Record<string, string>> }): Promise<Response>;
}

async function stream(handler: StreamingHandler['handle'], req: Request, params: Record<string, string>): Promise<Streamed> {
  const response = await handler(req, { params: Promise.resolve(params) });
  const text = await response.text();
  seen.push({ status: response.status, headers: JSON.stringify([...response.headers.entries()]), body: text });
  const contentType = response.headers.get('content-type');
  if (!contentType?.startsWith('application/x-ndjson')) return { status: response.status, contentType, lines: [], result: null, errorBody: JSON.parse(text) };
  const lines = text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as LiveStreamLine);
  const last = lines.at(-1);
  return { status: response.status, contentType, lines, result: last?.type === 'result' ? last : null, errorBody: null };
}

/**
 * A PostgreSQL look-alike that asks for a cleartext password and rejects it
 * with 28P01 — quoting the password in its message, like a careless proxy
 * might, so the test proves redaction rather than luck.
 */
export async function startRejectingServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const server: Server = createServer((socket) => {
    let stage: 'startup' | 'password' = 'startup';
    let buffer = Buffer.alloc(0);
    socket.on('error', () => undefined);
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (stage === 'startup' && buffer.length >= 4 && buffer.length >= buffer.readInt32BE(0)) {
        buffer = buffer.subarray(buffer.readInt32BE(0));
        stage = 'password';
        socket.write(Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 3]));
      } else if (stage === 'password' && buffer.length >= 5 && buffer.length >= 1 + buffer.readInt32BE(1)) {
        const password = buffer.subarray(5, buffer.readInt32BE(1)).toString('utf8').replace(/\0$/, '');
        const fields = [`SFATAL`, `C28P01`, `Mpassword authentication failed for user "app" (password was ${password})`];
        const body = Buffer.concat([...fields.map((f) => Buffer.from(`${f}\0`)), Buffer.from([0])]);
        const header = Buffer.alloc(5);
        header.write('E', 0);
        header.writeInt32BE(body.length + 4, 1);
        socket.end(Buffer.concat([header, body]));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('no address');
  return { port: address.port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
