import { describe, expect, it } from 'vitest';
import type { VersionDetail, VersionSummary } from '../../lib/api/dto';
import type { CompareDto } from '../../lib/api/history-dto';
import type { ApiResult } from '../../lib/client/api';
import type { HistoryApi } from '../../lib/client/history/api';
import { createHistoryStore, visibleVersions } from '../../lib/client/history/store';
import { ecommerceTemplate } from '../../lib/templates/ecommerce';
import { err, ok } from '../../lib/result';

const summary = (version: number, kind: VersionSummary['kind']): VersionSummary => ({
  version, label: kind === 'named' ? `Named ${version}` : `Checkpoint ${version}`, revision: version, tableCount: 5,
  createdAt: '2026-01-01T00:00:00.000Z', kind, authorName: null,
});
const document = ecommerceTemplate();

/** A stand-in API whose answers the test releases one by one. */
function standIn(versions: VersionSummary[]) {
  const pending: (() => void)[] = [];
  const later = <T>(value: ApiResult<T>) => new Promise<ApiResult<T>>((resolve) => pending.push(() => resolve(value)));
  const api: HistoryApi = {
    openDiagram: async () => ok({
      detail: { id: 'd', name: 'Shop', revision: 3, tableCount: 5, createdAt: '', updatedAt: '', document },
      access: { role: 'viewer', actorName: 'Vera', via: 'link', canComment: false, canEdit: false, canManage: false, canShare: false },
    }),
    listVersions: async () => ok(versions),
    getVersion: (_id, version) => later(ok({ ...summary(version, 'named'), document } as VersionDetail)),
    saveVersion: async (_id, label) => {
      versions.unshift({ ...summary(versions.length + 1, 'named'), label });
      return ok({ ...versions[0]!, document });
    },
    restoreVersion: async () => err({ status: 409, error: { code: 'stale_revision', message: 'someone saved meanwhile' } }),
    compare: (_id, from, to) => later(ok({ from: { ref: from }, to: { ref: to } } as unknown as CompareDto)),
  };
  return { api, release: () => pending.shift()!() };
}

describe('the History store', () => {
  it('loads the name, the permission and the versions; filters named ones', async () => {
    const { api } = standIn([summary(3, 'checkpoint'), summary(2, 'named'), summary(1, 'named')]);
    const store = createHistoryStore('d', api);
    await store.getState().load();
    expect(store.getState()).toMatchObject({ diagramName: 'Shop', canEdit: false });
    expect(visibleVersions(store.getState()).map((v) => v.version)).toEqual([3, 2, 1]);
    store.getState().setNamedOnly(true);
    expect(visibleVersions(store.getState()).map((v) => v.version)).toEqual([2, 1]);
  });

  it('keeps only the answer for the view still shown', async () => {
    const { api, release } = standIn([]);
    const store = createHistoryStore('d', api);
    const first = store.getState().show({ kind: 'version', version: 1 });
    const second = store.getState().show({ kind: 'compare', from: 1, to: 'current' });
    release();
    release();
    await Promise.all([first, second]);
    expect(store.getState().opened).toBeNull();
    expect(store.getState().comparison).toMatchObject({ key: 'compare:1..current', error: null });
  });

  it('saves a named version and lists it; says why a restore failed', async () => {
    const { api } = standIn([summary(1, 'named')]);
    const store = createHistoryStore('d', api);
    expect(await store.getState().saveVersion('Before launch')).toBe(true);
    expect(store.getState().notice).toBe('Saved version 2 “Before launch”.');
    expect(store.getState().versions!.map((v) => v.label)).toEqual(['Before launch', 'Named 1']);
    expect(await store.getState().restore(1)).toBe(false);
    expect(store.getState()).toMatchObject({ error: 'someone saved meanwhile', notice: null, busy: false });
  });
});
