import { describe, expect, it } from 'vitest';
import type { DiagramDetail, DiagramSummary } from '../api/dto';
import { emptyDocument } from '../model/empty';
import { err, ok } from '../result';
import type { ApiResult, CreateDiagramInput, DiagramApi, UpdateDiagramInput } from './api';
import { createHomeStore } from './home-store';

function detail(id: string, name: string, revision: number, updatedAt: string): DiagramDetail {
  return { id, name, revision, tableCount: 0, createdAt: updatedAt, updatedAt, document: emptyDocument(name) };
}
const summary = ({ document: _d, ...rest }: DiagramDetail): DiagramSummary => rest;

/** A stand-in API that records calls; each method can be replaced per test. */
function fakeApi(overrides: Partial<DiagramApi> = {}) {
  const calls: { method: string; args: unknown[] }[] = [];
  const a = detail('a', 'Alpha', 3, '2025-01-02T00:00:00.000Z');
  const b = detail('b', 'Beta', 1, '2025-01-01T00:00:00.000Z');
  const api: DiagramApi = {
    listDiagrams: async () => ok([summary(a), summary(b)]),
    listTemplates: async () => ok([{ id: 'blank', name: 'Blank diagram', description: '' }]),
    createDiagram: async (input: CreateDiagramInput) => {
      calls.push({ method: 'create', args: [input] });
      return ok(detail('c', input.name ?? 'Untitled diagram', 1, '2025-01-03T00:00:00.000Z'));
    },
    getDiagram: async () => ok(a),
    updateDiagram: async (id: string, input: UpdateDiagramInput) => {
      calls.push({ method: 'update', args: [id, input] });
      return ok(detail(id, input.name ?? 'x', input.baseRevision + 1, '2025-01-04T00:00:00.000Z'));
    },
    deleteDiagram: async (id: string) => {
      calls.push({ method: 'delete', args: [id] });
      return ok(null);
    },
    ...overrides,
  };
  return { api, calls };
}

const failure = (status: number, code: 'stale_revision' | 'not_found' | 'storage_unavailable', extra = {}): ApiResult<never> =>
  err({ status, error: { code, message: `server says ${code}`, ...extra } });

describe('home store', () => {
  it('loads diagrams and templates, and reports a failed load with the server message', async () => {
    const store = createHomeStore(fakeApi().api);
    await store.getState().load();
    expect(store.getState().diagrams!.map((d) => d.name)).toEqual(['Alpha', 'Beta']);
    expect(store.getState().templates).toHaveLength(1);

    const broken = createHomeStore(fakeApi({ listDiagrams: async () => failure(503, 'storage_unavailable') }).api);
    await broken.getState().load();
    expect(broken.getState().error).toBe('Could not load your diagrams: server says storage_unavailable');
    expect(broken.getState().diagrams).toEqual([]);
  });

  it('puts a created or renamed diagram first', async () => {
    const store = createHomeStore(fakeApi().api);
    await store.getState().load();
    await store.getState().create({ templateId: 'blank', name: '  Gamma ' });
    expect(store.getState().diagrams!.map((d) => d.name)).toEqual(['Gamma', 'Alpha', 'Beta']);
    await store.getState().rename('b', 'Bravo');
    expect(store.getState().diagrams!.map((d) => d.name)).toEqual(['Bravo', 'Gamma', 'Alpha']);
  });

  it('retries a rename on top of a newer revision, sending only the name', async () => {
    let attempts = 0;
    const { api, calls } = fakeApi();
    const store = createHomeStore({
      ...api,
      updateDiagram: async (id, input) => {
        attempts += 1;
        if (attempts === 1) return failure(409, 'stale_revision', { currentRevision: 7 });
        return api.updateDiagram(id, input);
      },
    });
    await store.getState().load();
    expect(await store.getState().rename('a', 'Apex')).toEqual({ ok: true, value: null });
    expect(calls).toEqual([{ method: 'update', args: ['a', { baseRevision: 7, name: 'Apex' }] }]);
  });

  it('names a duplicate after its source', async () => {
    const { api, calls } = fakeApi();
    const store = createHomeStore(api);
    await store.getState().load();
    await store.getState().duplicate('a');
    expect(calls[0]).toEqual({ method: 'create', args: [{ duplicateOf: 'a', name: 'Alpha (copy)' }] });
  });

  it('removes a deleted diagram, treats "already gone" as done, and passes other errors on', async () => {
    const store = createHomeStore(fakeApi({ deleteDiagram: async () => failure(404, 'not_found') }).api);
    await store.getState().load();
    expect((await store.getState().remove('a')).ok).toBe(true);
    expect(store.getState().diagrams!.map((d) => d.id)).toEqual(['b']);

    const failing = createHomeStore(fakeApi({ deleteDiagram: async () => failure(503, 'storage_unavailable') }).api);
    await failing.getState().load();
    expect(await failing.getState().remove('a')).toEqual({ ok: false, error: 'server says storage_unavailable' });
    expect(failing.getState().diagrams).toHaveLength(2);
  });
});
