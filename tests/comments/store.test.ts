import { describe, expect, it, vi } from 'vitest';
import type { ThreadDto, ThreadListDto } from '../../lib/api/comment-dto';
import type { ApiResult } from '../../lib/client/api';
import type { CommentsApi } from '../../lib/client/comments/api';
import { countOpenByTable, createCommentsStore, keepFresh } from '../../lib/client/comments/store';
import { ok, err } from '../../lib/result';

function aThread(id: string, overrides: Partial<ThreadDto> = {}, target: Partial<ThreadDto['target']> = {}): ThreadDto {
  return {
    id, status: 'open', resolvedAt: null, resolvedByName: null, comments: [], lastActivityAt: '2025-01-01T00:00:00.000Z',
    target: { tableId: 'tbl_a', columnId: null, label: 'a', tableName: 'a', columnName: null, state: 'present', ...target },
    ...overrides,
  };
}

const listOf = (threads: ThreadDto[]): ApiResult<ThreadListDto> => ok({ threads, permissions: { comment: true, moderate: false } });

function fakeApi(overrides: Partial<CommentsApi> = {}): CommentsApi {
  const unused = () => Promise.reject(new Error('not expected in this test'));
  return { list: async () => listOf([]), startThread: unused, reply: unused, edit: unused, remove: unused, resolve: unused, reopen: unused, ...overrides };
}

describe('the comments store', () => {
  it('counts open threads per table for the badges, leaving out resolved ones and deleted tables', () => {
    expect(countOpenByTable([
      aThread('1'), aThread('2', {}, { columnId: 'col_x', state: 'column_deleted' }),
      aThread('3', { status: 'resolved' }), aThread('4', {}, { tableId: 'tbl_gone', state: 'table_deleted' }),
      aThread('5', {}, { tableId: 'tbl_b' }),
    ])).toEqual({ tbl_a: 2, tbl_b: 1 });
  });

  it('refreshes after an action and reports its failure as a message', async () => {
    let threads = [aThread('1')];
    const api = fakeApi({
      list: async () => listOf(threads),
      reply: async () => { threads = [aThread('1', { lastActivityAt: '2025-01-02T00:00:00.000Z' })]; return ok(threads[0]!); },
      resolve: async () => err({ status: 403, error: { code: 'forbidden', message: 'your access to this diagram is view-only' } }),
    });
    const store = createCommentsStore('d1', api);
    await store.getState().refresh();
    expect(store.getState()).toMatchObject({ loaded: true, openByTable: { tbl_a: 1 }, permissions: { comment: true } });

    expect(await store.getState().reply('1', 'hi')).toBeNull();
    expect(store.getState().threads[0]?.lastActivityAt).toBe('2025-01-02T00:00:00.000Z');
    expect(await store.getState().resolve('1')).toBe('your access to this diagram is view-only');
  });

  it('keeps only the answer of the latest refresh when two overlap', async () => {
    const answers: ((value: ApiResult<ThreadListDto>) => void)[] = [];
    const store = createCommentsStore('d1', fakeApi({ list: () => new Promise((resolve) => answers.push(resolve)) }));
    const older = store.getState().refresh();
    const newer = store.getState().refresh();
    answers[1]!(listOf([aThread('new')]));
    await newer;
    answers[0]!(listOf([aThread('old')]));
    await older;
    expect(store.getState().threads.map((t) => t.id)).toEqual(['new']);
  });

  it('keeps the last list when a refresh fails, and says why', async () => {
    let fail = false;
    const store = createCommentsStore('d1', fakeApi({
      list: async () => (fail ? err({ status: 0, error: { code: 'network_error', message: 'Could not reach the Tablecraft server' } }) : listOf([aThread('1')])),
    }));
    await store.getState().refresh();
    fail = true;
    await store.getState().refresh();
    expect(store.getState()).toMatchObject({ error: 'Could not reach the Tablecraft server', threads: [{ id: '1' }] });
  });

  it('polls while the page is visible, and refreshes when it becomes visible again', async () => {
    vi.useFakeTimers();
    try {
      const list = vi.fn(async () => listOf([]));
      const store = createCommentsStore('d1', fakeApi({ list }));
      const listeners = new Set<() => void>();
      const page = {
        hidden: false,
        addEventListener: (_: string, listener: () => void) => listeners.add(listener),
        removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
      } as unknown as Pick<Document, 'hidden' | 'addEventListener' | 'removeEventListener'>;
      const stop = keepFresh(store, 1_000, page);
      await vi.advanceTimersByTimeAsync(2_000);
      expect(list).toHaveBeenCalledTimes(3);
      (page as { hidden: boolean }).hidden = true;
      await vi.advanceTimersByTimeAsync(5_000);
      expect(list).toHaveBeenCalledTimes(3);
      (page as { hidden: boolean }).hidden = false;
      for (const listener of listeners) listener();
      await vi.advanceTimersByTimeAsync(0);
      expect(list).toHaveBeenCalledTimes(4);
      stop();
      await vi.advanceTimersByTimeAsync(5_000);
      expect(list).toHaveBeenCalledTimes(4);
      expect(listeners.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
