import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DiagramDetail } from '../../api/dto';
import { renameTable } from '../../canvas/edits';
import type { DiagramDocument } from '../../model/document';
import { err, ok } from '../../result';
import { ecommerceTemplate } from '../../templates/ecommerce';
import type { ApiResult, UpdateDiagramInput } from '../api';
import { Autosaver } from './autosave';
import { MERGED_NOTICE } from './save-slice';
import { createDesignerStore } from './store';

const ID = '00000000-0000-4000-8000-000000000001';

/** An in-memory stand-in for the diagram API with the server's revision rule. */
function fakeServer(document: DiagramDocument) {
  let current: DiagramDetail = {
    id: ID, name: document.name, revision: 1, tableCount: document.tables.length,
    createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', document,
  };
  const puts: UpdateDiagramInput[] = [];
  let hold: Promise<void> | null = null;
  let nextFailure: { status: number; code: 'storage_unavailable' | 'invalid_document' } | null = null;
  const store = (doc: DiagramDocument, name: string) => {
    current = { ...current, revision: current.revision + 1, name, document: structuredClone(doc), tableCount: doc.tables.length };
  };
  return {
    puts,
    get current() { return current; },
    /** Another window saves. */
    saveElsewhere(change: (doc: DiagramDocument) => DiagramDocument) { store(change(current.document), current.name); },
    /** Holds PUT answers until the returned function is called. */
    holdAnswers() { let release!: () => void; hold = new Promise((r) => { release = r; }); return () => { hold = null; release(); }; },
    failNextPut(status: number, code: 'storage_unavailable' | 'invalid_document') { nextFailure = { status, code }; },
    api: {
      async updateDiagram(id: string, input: UpdateDiagramInput): Promise<ApiResult<DiagramDetail>> {
        puts.push(structuredClone(input));
        if (hold) await hold;
        if (nextFailure) {
          const { status, code } = nextFailure;
          nextFailure = null;
          return err({ status, error: { code, message: `failed with ${code}` } });
        }
        if (input.baseRevision !== current.revision) {
          return err({ status: 409, error: { code: 'stale_revision', message: 'stale', currentRevision: current.revision } });
        }
        store(input.document ?? current.document, input.name ?? current.name);
        return ok(structuredClone(current));
      },
      async getDiagram(): Promise<ApiResult<DiagramDetail>> {
        return ok(structuredClone(current));
      },
    },
  };
}

function setup() {
  const server = fakeServer(ecommerceTemplate());
  const store = createDesignerStore(structuredClone(server.current));
  const saver = new Autosaver(store, { api: server.api });
  saver.start();
  const tableId = (name: string, doc = store.getState().document) => doc.tables.find((t) => t.name === name)!.id;
  return { server, store, saver, tableId };
}

const renamed = (doc: DiagramDocument, from: string, to: string): DiagramDocument => {
  const result = renameTable(doc, doc.tables.find((t) => t.name === from)!.id, to);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};
const names = (doc: DiagramDocument) => doc.tables.map((t) => t.name).sort();

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

describe('Autosaver', () => {
  it('saves once, 800 ms after the last of several edits, naming the base revision', async () => {
    const { server, store, tableId } = setup();
    store.getState().renameTable(tableId('users'), 'customers');
    expect(store.getState().status).toBe('dirty');
    await vi.advanceTimersByTimeAsync(500);
    store.getState().renameTable(tableId('orders'), 'purchases');
    await vi.advanceTimersByTimeAsync(799);
    expect(server.puts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.puts).toHaveLength(1);
    expect(server.puts[0]!.baseRevision).toBe(1);
    expect(server.puts[0]!.name).toBeUndefined();
    expect(names(server.current.document)).toContain('customers');
    expect(names(server.current.document)).toContain('purchases');
    expect(store.getState()).toMatchObject({ status: 'saved', revision: 2 });
  });

  it('never has two saves in flight and saves edits made meanwhile right after', async () => {
    const { server, store, tableId } = setup();
    const release = server.holdAnswers();
    store.getState().renameTable(tableId('users'), 'customers');
    await vi.advanceTimersByTimeAsync(800);
    expect(store.getState().status).toBe('saving');
    store.getState().renameTable(tableId('orders'), 'purchases');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(server.puts).toHaveLength(1);
    expect(store.getState().status).toBe('saving');
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.puts).toHaveLength(2);
    expect(server.puts[1]!.baseRevision).toBe(2);
    expect(names(server.current.document)).toEqual(expect.arrayContaining(['customers', 'purchases']));
    expect(store.getState()).toMatchObject({ status: 'saved', revision: 3 });
  });

  it('sends the diagram name only when it changed', async () => {
    const { server, store } = setup();
    store.getState().renameDiagram('Shop');
    await vi.advanceTimersByTimeAsync(800);
    expect(server.puts[0]!.name).toBe('Shop');
    expect(server.current.name).toBe('Shop');
    expect(store.getState().savedName).toBe('Shop');
  });

  it('merges a stale save with the newer server version and saves both changes', async () => {
    const { server, store } = setup();
    server.saveElsewhere((doc) => renamed(doc, 'users', 'customers'));
    const added = store.getState().addTable({ x: 0, y: 600 });
    expect(added.ok).toBe(true);
    await vi.advanceTimersByTimeAsync(800);
    expect(server.puts.map((p) => p.baseRevision)).toEqual([1, 2]);
    expect(names(server.current.document)).toEqual(expect.arrayContaining(['customers', 'table_6']));
    expect(store.getState()).toMatchObject({ status: 'saved', revision: 3, notice: MERGED_NOTICE, conflict: null });
    expect(store.getState().document).toEqual(server.current.document);
  });

  it('stops on a real conflict and saves my side when I keep my changes', async () => {
    const { server, store, saver, tableId } = setup();
    server.saveElsewhere((doc) => renamed(renamed(doc, 'users', 'accounts'), 'products', 'items'));
    store.getState().renameTable(tableId('users'), 'members');
    await vi.advanceTimersByTimeAsync(800);
    const { status, conflict } = store.getState();
    expect(status).toBe('conflict');
    expect(conflict!.conflicts.map((c) => c.path)).toEqual(['tables[users].name']);
    // Autosave is off while the person decides.
    store.getState().renameTable(tableId('orders'), 'purchases');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.puts).toHaveLength(1);

    await saver.keepMine();
    expect(names(server.current.document)).toEqual(['categories', 'items', 'members', 'order_items', 'purchases']);
    expect(store.getState()).toMatchObject({ status: 'saved', conflict: null, revision: 3 });
  });

  it('takes the server version when I choose theirs, without saving', async () => {
    const { server, store, saver, tableId } = setup();
    server.saveElsewhere((doc) => renamed(doc, 'users', 'accounts'));
    store.getState().renameTable(tableId('users'), 'members');
    await vi.advanceTimersByTimeAsync(800);
    expect(store.getState().status).toBe('conflict');
    saver.useTheirs();
    expect(store.getState()).toMatchObject({ status: 'saved', conflict: null, revision: 2 });
    expect(store.getState().document).toEqual(server.current.document);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.puts).toHaveLength(1);
  });

  it('retries a save that failed for a passing reason, and shows it', async () => {
    const { server, store, tableId } = setup();
    server.failNextPut(503, 'storage_unavailable');
    store.getState().renameTable(tableId('users'), 'customers');
    await vi.advanceTimersByTimeAsync(800);
    expect(store.getState()).toMatchObject({ status: 'error', error: { retrying: true } });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.puts).toHaveLength(2);
    expect(store.getState()).toMatchObject({ status: 'saved', error: null });
  });

  it('does not retry a rejected document until the next edit', async () => {
    const { server, store, tableId } = setup();
    server.failNextPut(422, 'invalid_document');
    store.getState().renameTable(tableId('users'), 'customers');
    await vi.advanceTimersByTimeAsync(800);
    expect(store.getState()).toMatchObject({ status: 'error', error: { retrying: false, message: 'failed with invalid_document' } });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.puts).toHaveLength(1);
    store.getState().renameTable(tableId('orders'), 'purchases');
    await vi.advanceTimersByTimeAsync(800);
    expect(server.puts).toHaveLength(2);
    expect(store.getState().status).toBe('saved');
  });

  it('saves an edit still waiting for its debounce when stopped', async () => {
    const { server, store, saver, tableId } = setup();
    store.getState().renameTable(tableId('users'), 'customers');
    saver.stop();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.puts).toHaveLength(1);
    expect(names(server.current.document)).toContain('customers');
  });

  it('counts a drag as one edit', () => {
    const { store, tableId } = setup();
    store.getState().moveTable(tableId('users'), { x: 5, y: 5 });
    store.getState().moveTable(tableId('users'), { x: 5, y: 5 });
    expect(store.getState().editCount).toBe(1);
    expect(store.getState().document.layout.nodes[tableId('users')]).toMatchObject({ x: 5, y: 5 });
  });
});
