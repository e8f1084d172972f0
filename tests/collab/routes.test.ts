import { describe, expect, it } from 'vitest';
import * as diagramRoute from '../../app/api/diagrams/[id]/route';
import * as eventsRoute from '../../app/api/diagrams/[id]/events/route';
import * as opsRoute from '../../app/api/diagrams/[id]/ops/route';
import * as presenceRoute from '../../app/api/diagrams/[id]/presence/route';
import * as diagramsRoute from '../../app/api/diagrams/route';
import type { OpsResponse } from '../../lib/api/collab';
import type { DiagramDetail } from '../../lib/api/dto';
import type { LoggedOp, PresenceEntry } from '../../lib/collab/types';
import { apiError, call, request, useTemporaryStorage } from '../api/support/api';
import { dataOf, opId, readEvents } from './support';

useTemporaryStorage();

async function createDiagram(): Promise<DiagramDetail> {
  const created = await call<{ diagram: DiagramDetail }>(diagramsRoute.POST, request('POST', '/api/diagrams', { body: { templateId: 'ecommerce', name: 'Live' } }));
  expect(created.status).toBe(201);
  return created.body.diagram;
}

function openEvents(id: string, query: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const req = new Request(`http://127.0.0.1:3000/api/diagrams/${id}/events?${query}`, { headers, signal: controller.signal });
  return { response: eventsRoute.GET(req, { params: Promise.resolve({ id }) }), abort: () => controller.abort() };
}

describe('co-editing routes', () => {
  it('POST …/ops applies operations and answers each one; GET …/events streams them', async () => {
    const diagram = await createDiagram();
    const users = diagram.document.tables.find((t) => t.name === 'users')!.id;
    const events = openEvents(diagram.id, 'after=1&clientId=reader-0001');
    const response = await events.response;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('no-transform');
    await readEvents(response.body!, (m) => m.some((e) => e.event === 'ready'));

    const id = opId();
    const sent = await call<OpsResponse>(opsRoute.POST, request('POST', `/api/diagrams/${diagram.id}/ops`, {
      body: { clientId: 'writer-0001', baseRevision: 1, ops: [{ opId: id, command: { kind: 'updateTable', tableId: users, changes: { name: 'customers' } } }] },
    }), { id: diagram.id });
    expect(sent.status).toBe(200);
    expect(sent.body).toEqual({ revision: 2, outcomes: [{ opId: id, status: 'applied', revision: 2 }] });

    const live = await readEvents(response.body!, (m) => m.some((e) => e.event === 'op'));
    expect(dataOf<LoggedOp>(live.find((m) => m.event === 'op')!)).toMatchObject({ revision: 2, opId: id, clientId: 'writer-0001', authorName: 'Local owner' });
    events.abort();
  });

  it('refuses malformed operation requests with what is wrong, and an unknown diagram with 404', async () => {
    const diagram = await createDiagram();
    const post = (body: unknown, id = diagram.id) => call(opsRoute.POST, request('POST', `/api/diagrams/${id}/ops`, { body }), { id });
    const badKind = await post({ clientId: 'writer-0001', baseRevision: 1, ops: [{ opId: opId(), command: { kind: 'dropDatabase' } }] });
    expect(badKind.status).toBe(400);
    expect(apiError(badKind).problems![0]!.path).toBe('ops[0].command.kind');
    const badId = await post({ clientId: 'writer-0001', baseRevision: 1, ops: [{ opId: 'one', command: { kind: 'patch', patch: {} } }] });
    expect(apiError(badId).problems![0]).toMatchObject({ path: 'ops[0].opId', message: 'opId must be a UUID' });
    const none = await post({ clientId: 'writer-0001', baseRevision: 1, ops: [] });
    expect(apiError(none).message).toContain('at least one operation');
    const missing = await post({ clientId: 'writer-0001', baseRevision: 1, ops: [{ opId: opId(), command: { kind: 'patch', patch: {} } }] }, '3f1f8f5e-4d4b-4c47-9d0b-0a4b9b6f2e11');
    expect(missing.status).toBe(404);
  });

  it('GET …/events needs a revision, and resumes from Last-Event-ID', async () => {
    const diagram = await createDiagram();
    const bad = await openEvents(diagram.id, 'after=soon').response;
    expect(bad.status).toBe(400);
    const users = diagram.document.tables.find((t) => t.name === 'users')!.id;
    for (const comment of ['a', 'b']) {
      await call(opsRoute.POST, request('POST', `/api/diagrams/${diagram.id}/ops`, {
        body: { clientId: 'writer-0001', baseRevision: 1, ops: [{ opId: opId(), command: { kind: 'updateTable', tableId: users, changes: { comment } } }] },
      }), { id: diagram.id });
    }
    // The browser reconnects with the id of the last event it saw (2): only 3 follows.
    const resumed = openEvents(diagram.id, 'after=1', { 'last-event-id': '2' });
    const messages = await readEvents((await resumed.response).body!, (m) => m.some((e) => e.event === 'ready'));
    expect(messages.filter((m) => m.event === 'op').map((m) => m.id)).toEqual(['3']);
    resumed.abort();
  });

  it('a whole-document PUT reaches live editors as one replace, named after who saved', async () => {
    const diagram = await createDiagram();
    const events = openEvents(diagram.id, 'after=1');
    const body = (await events.response).body!;
    await readEvents(body, (m) => m.some((e) => e.event === 'ready'));
    const saved = await call(diagramRoute.PUT, request('PUT', `/api/diagrams/${diagram.id}`, { body: { baseRevision: 1, name: 'Renamed by the CLI' } }), { id: diagram.id });
    expect(saved.status).toBe(200);
    const live = await readEvents(body, (m) => m.some((e) => e.event === 'op'));
    expect(dataOf<LoggedOp>(live.find((m) => m.event === 'op')!)).toMatchObject({ revision: 2, authorName: 'Local owner', command: { kind: 'replace', document: { name: 'Renamed by the CLI' } } });
    events.abort();
  });

  it('presence: reported, seen by the others, removed on DELETE, on a beacon and when the tab\'s stream closes', async () => {
    const diagram = await createDiagram();
    const orders = diagram.document.tables.find((t) => t.name === 'orders')!.id;
    const watcher = openEvents(diagram.id, 'after=1&clientId=watcher-001');
    const body = (await watcher.response).body!;
    await readEvents(body, (m) => m.some((e) => e.event === 'presence'));
    const latestPresence = (messages: { event: string; data: string }[]) => dataOf<{ clients: PresenceEntry[] }>(messages.filter((m) => m.event === 'presence').at(-1)!).clients;

    const report = (body: unknown) => call(presenceRoute.POST, request('POST', `/api/diagrams/${diagram.id}/presence`, { body }), { id: diagram.id });
    expect((await report({ clientId: 'editor-0001', selection: [orders] })).status).toBe(204);
    let seen = await readEvents(body, (m) => m.some((e) => e.event === 'presence' && dataOf<{ clients: PresenceEntry[] }>(e).clients.length === 1));
    expect(latestPresence(seen)).toEqual([{ clientId: 'editor-0001', name: 'Local owner', color: expect.any(String), selection: [orders] }]);

    const removed = await call(presenceRoute.DELETE, request('DELETE', `/api/diagrams/${diagram.id}/presence?clientId=editor-0001`), { id: diagram.id });
    expect(removed.status).toBe(204);
    seen = await readEvents(body, (m) => m.some((e) => e.event === 'presence' && dataOf<{ clients: PresenceEntry[] }>(e).clients.length === 0));
    expect(latestPresence(seen)).toEqual([]);

    // A second tab with its own stream: closing the stream removes it for everyone.
    await report({ clientId: 'editor-0002', selection: [] });
    const tab = openEvents(diagram.id, 'after=1&clientId=editor-0002');
    await readEvents((await tab.response).body!, (m) => m.some((e) => e.event === 'ready'));
    await readEvents(body, (m) => m.some((e) => e.event === 'presence' && dataOf<{ clients: PresenceEntry[] }>(e).clients.some((c) => c.clientId === 'editor-0002')));
    tab.abort();
    seen = await readEvents(body, (m) => m.some((e) => e.event === 'presence' && dataOf<{ clients: PresenceEntry[] }>(e).clients.length === 0));
    expect(latestPresence(seen)).toEqual([]);

    await report({ clientId: 'editor-0003', selection: [] });
    await readEvents(body, (m) => m.some((e) => e.event === 'presence' && dataOf<{ clients: PresenceEntry[] }>(e).clients.length === 1));
    expect((await report({ clientId: 'editor-0003', selection: [], leaving: true })).status).toBe(204);
    seen = await readEvents(body, (m) => m.some((e) => e.event === 'presence' && dataOf<{ clients: PresenceEntry[] }>(e).clients.length === 0));
    expect(latestPresence(seen)).toEqual([]);
    watcher.abort();
  });
});
