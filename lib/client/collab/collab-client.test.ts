import { describe, expect, it, vi } from 'vitest';
import type { OpsRequest, OpsResponse } from '../../api/collab';
import type { DiagramDetail } from '../../api/dto';
import { applyOperation } from '../../collab/apply-op';
import type { LoggedOp, OpOutcome } from '../../collab/types';
import type { EditorCommand } from '../../editor/command';
import type { DiagramDocument } from '../../model/document';
import { err, ok } from '../../result';
import { ecommerceTemplate } from '../../templates/ecommerce';
import type { ApiResult } from '../api';
import { createDesignerStore } from '../designer/store';
import { CollabClient } from './collab-client';
import type { PendingStorage, StoredOp } from './pending-storage';
import type { CollabTransport, EventHandlers } from './transport';

const ID = '00000000-0000-4000-8000-0000000000aa';

/** The server's co-editing endpoints in memory: ordering, idempotent retries, the event stream. */
function fakeServer() {
  let document: DiagramDocument = ecommerceTemplate();
  let revision = 1;
  const log: LoggedOp[] = [];
  const done = new Map<string, number>();
  const streams = new Set<EventHandlers>();
  const requests: OpsRequest[] = [];
  let failNext: { status: number; code: 'network_error' | 'storage_unavailable' | 'not_found' } | null = null;

  const detail = (): DiagramDetail => ({ id: ID, name: document.name, revision, tableCount: document.tables.length, createdAt: '', updatedAt: '', document: structuredClone(document) });
  const publish = (op: LoggedOp) => { for (const handlers of streams) queueMicrotask(() => handlers.op(structuredClone(op))); };

  const transport: CollabTransport = {
    async sendOps(_diagramId, body): Promise<ApiResult<OpsResponse>> {
      requests.push(structuredClone(body));
      if (failNext) {
        const { status, code } = failNext;
        failNext = null;
        return err({ status, error: { code, message: `failed: ${code}` } });
      }
      const outcomes: OpOutcome[] = body.ops.map(({ opId, command }) => {
        const earlier = done.get(opId);
        if (earlier !== undefined) return { opId, status: 'applied', revision: earlier };
        const applied = applyOperation(document, command as EditorCommand);
        if (!applied.ok) return { opId, status: 'rejected', code: applied.error.kind, reason: applied.error.message };
        document = applied.value;
        revision += 1;
        done.set(opId, revision);
        const op: LoggedOp = { revision, opId, clientId: body.clientId, authorName: 'Me', command: command as EditorCommand };
        log.push(op);
        publish(op);
        return { opId, status: 'applied', revision };
      });
      return ok({ revision, outcomes });
    },
    getDiagram: async () => ok(detail()),
    reportPresence: async () => ok(null),
    leave: () => undefined,
    openEvents(_diagramId, after, _clientId, handlers) {
      streams.add(handlers);
      queueMicrotask(() => {
        for (const op of log.filter((o) => o.revision > after)) handlers.op(structuredClone(op));
        handlers.ready(revision);
      });
      return { close: () => streams.delete(handlers) };
    },
  };
  return {
    transport, requests, detail,
    get revision() { return revision; },
    get document() { return document; },
    failNextSend(status: number, code: 'network_error' | 'storage_unavailable' | 'not_found') { failNext = { status, code }; },
    /** Someone else's operation. */
    remote(command: EditorCommand) {
      const applied = applyOperation(document, command);
      if (!applied.ok) throw new Error(applied.error.message);
      document = applied.value;
      revision += 1;
      const op: LoggedOp = { revision, opId: `remote-${revision}`, clientId: 'other', authorName: 'Ana', command };
      log.push(op);
      publish(op);
    },
    /** The event stream drops (a network blip). */
    dropStreams() { for (const handlers of [...streams]) { streams.delete(handlers); handlers.lost(); } },
    /** A reset on every stream (the client is too far behind). */
    resetStreams() { for (const handlers of [...streams]) { streams.delete(handlers); handlers.reset('too far behind'); } },
  };
}

function memoryStorage(initial: StoredOp[] = []): PendingStorage & { saved: StoredOp[] } {
  const box = { saved: initial };
  return { get saved() { return box.saved; }, load: () => box.saved, save: (ops) => { box.saved = ops.map(({ opId, command, label }) => ({ opId, command, label })); } };
}

function setup(options: { online?: () => boolean; storage?: PendingStorage } = {}) {
  const server = fakeServer();
  const store = createDesignerStore(server.detail());
  const client = new CollabClient(store, { transport: server.transport, clientId: 'client-test-1', storage: options.storage ?? null, online: options.online, retryDelaysMs: [5], presence: false });
  const tableId = (name: string) => store.getState().document.tables.find((t) => t.name === name)!.id;
  return { server, store, client, tableId };
}

const settled = async (store: ReturnType<typeof setup>['store'], server: ReturnType<typeof fakeServer>) => {
  await vi.waitFor(() => {
    expect(store.getState().sync.pending).toEqual([]);
    expect(store.getState().revision).toBe(server.revision);
  });
};

describe('CollabClient', () => {
  it('sends edits in order, one request at a time, and is "saved" once their events came back', async () => {
    const { server, store, client, tableId } = setup();
    client.start();
    await vi.waitFor(() => expect(store.getState().connection).toBe('live'));
    store.getState().renameTable(tableId('users'), 'customers');
    store.getState().renameTable(tableId('orders'), 'purchases');
    expect(store.getState().status).toBe('saving');
    await settled(store, server);
    expect(server.requests[0]!.ops).toHaveLength(2);
    expect(server.requests[0]!.baseRevision).toBe(1);
    expect(store.getState()).toMatchObject({ status: 'saved', revision: 3 });
    expect(store.getState().document).toEqual(server.document);
    client.stop();
  });

  it('brings in others\' edits and rebases its own on top', async () => {
    const { server, store, client, tableId } = setup();
    client.start();
    await vi.waitFor(() => expect(store.getState().connection).toBe('live'));
    server.remote({ kind: 'updateTable', tableId: tableId('products'), changes: { comment: 'from Ana' } });
    store.getState().renameTable(tableId('users'), 'customers');
    await settled(store, server);
    expect(store.getState().document.tables.find((t) => t.name === 'products')!.comment).toBe('from Ana');
    expect(store.getState().document).toEqual(server.document);
    client.stop();
  });

  it('waits while offline, says how many changes wait, and sends them when back online', async () => {
    let online = true;
    const { server, store, client, tableId } = setup({ online: () => online });
    client.start();
    await vi.waitFor(() => expect(store.getState().connection).toBe('live'));
    online = false;
    client.setOnline(false);
    store.getState().renameTable(tableId('users'), 'customers');
    store.getState().addTable({ x: 0, y: 0 });
    server.remote({ kind: 'updateTable', tableId: tableId('orders'), changes: { comment: 'while you were away' } });
    expect(store.getState()).toMatchObject({ connection: 'offline' });
    expect(store.getState().sync.pending).toHaveLength(2);
    expect(server.requests).toHaveLength(0);
    online = true;
    client.setOnline(true);
    await settled(store, server);
    expect(store.getState().document).toEqual(server.document);
    expect(store.getState().document.tables.find((t) => t.name === 'orders')!.comment).toBe('while you were away');
    client.stop();
  });

  it('retries a send the network lost, without applying anything twice', async () => {
    const { server, store, client, tableId } = setup();
    client.start();
    await vi.waitFor(() => expect(store.getState().connection).toBe('live'));
    server.failNextSend(0, 'network_error');
    store.getState().renameTable(tableId('users'), 'customers');
    await settled(store, server);
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
    expect(store.getState()).toMatchObject({ status: 'saved', connection: 'live', error: null });
    client.stop();
  });

  it('reconnects a dropped stream from its revision, and reloads the document on reset', async () => {
    const { server, store, client, tableId } = setup();
    client.start();
    await vi.waitFor(() => expect(store.getState().connection).toBe('live'));
    server.dropStreams();
    expect(store.getState().connection).toBe('reconnecting');
    server.remote({ kind: 'updateTable', tableId: tableId('users'), changes: { comment: 'during the blip' } });
    await vi.waitFor(() => expect(store.getState().connection).toBe('live'));
    await settled(store, server);
    server.resetStreams();
    store.getState().renameTable(tableId('orders'), 'purchases');
    await settled(store, server);
    expect(store.getState().document).toEqual(server.document);
    client.stop();
  });

  it('sends the queue a reload left in storage; ones the server already has are not applied again', async () => {
    const server = fakeServer();
    const users = server.document.tables.find((t) => t.name === 'users')!.id;
    const first: StoredOp = { opId: '00000000-0000-4000-8000-000000000001', command: { kind: 'updateTable', tableId: users, changes: { comment: 'one' } }, label: 'users' };
    // The first one reached the server before the reload.
    await server.transport.sendOps(ID, { clientId: 'client-test-1', baseRevision: 1, ops: [first] });
    const second: StoredOp = { opId: '00000000-0000-4000-8000-000000000002', command: { kind: 'updateTable', tableId: users, changes: { name: 'members' } }, label: 'users' };
    const storage = memoryStorage([first, second]);
    const store = createDesignerStore(server.detail());
    const client = new CollabClient(store, { transport: server.transport, clientId: 'client-test-1', storage, retryDelaysMs: [5], presence: false });
    client.start();
    await settled(store, server);
    expect(server.document.tables.find((t) => t.id === users)).toMatchObject({ name: 'members', comment: 'one' });
    expect(store.getState().document).toEqual(server.document);
    expect(storage.saved).toEqual([]);
    client.stop();
  });

  it('stops sending on a refusal retrying cannot fix, and says so', async () => {
    const { server, store, client, tableId } = setup();
    client.start();
    await vi.waitFor(() => expect(store.getState().connection).toBe('live'));
    server.failNextSend(404, 'not_found');
    store.getState().renameTable(tableId('users'), 'customers');
    await vi.waitFor(() => expect(store.getState()).toMatchObject({ status: 'error', error: { retrying: false } }));
    expect(store.getState().error!.message).toContain('no longer exists');
    expect(server.requests).toHaveLength(1);
    client.stop();
  });
});
