import { describe, expect, it } from 'vitest';
import { browserPendingStorage, type StoredOp } from './pending-storage';

/** The Web Storage API over a Map. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() { return items.size; },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => { items.delete(key); },
    setItem: (key, value) => { items.set(key, value); },
  };
}

const op = (n: number): StoredOp => ({ opId: `op-${n}`, command: { kind: 'updateDiagram', changes: { description: `d${n}` } }, label: 'the diagram description' });

describe('the queue kept in the browser', () => {
  it('survives a reload of the same tab, and is removed once empty', () => {
    const storage = memoryStorage();
    browserPendingStorage('d1', 'tab-a', storage).save([op(1), op(2)]);
    expect(browserPendingStorage('d1', 'tab-a', storage).load().map((o) => o.opId)).toEqual(['op-1', 'op-2']);
    browserPendingStorage('d1', 'tab-a', storage).save([]);
    expect(storage.length).toBe(0);
  });

  it('leaves another live tab\'s queue alone, but takes over one a closed tab left behind', () => {
    const storage = memoryStorage();
    let clock = 0;
    const now = () => clock;
    browserPendingStorage('d1', 'tab-a', storage, now).save([op(1)]);
    browserPendingStorage('d1', 'tab-b', storage, now).save([op(2)]);
    clock = 1_000;
    expect(browserPendingStorage('d1', 'tab-c', storage, now).load()).toEqual([]);
    clock = 61_000;
    browserPendingStorage('d1', 'tab-b', storage, now).save([op(2), op(3)]);
    // tab-a has been silent for a minute: tab-c sends its queue (sending twice is harmless).
    expect(browserPendingStorage('d1', 'tab-c', storage, now).load().map((o) => o.opId)).toEqual(['op-1']);
    expect(browserPendingStorage('d1', 'tab-b', storage, now).load().map((o) => o.opId)).toEqual(['op-2', 'op-3']);
    // Other diagrams are other keys.
    expect(browserPendingStorage('d2', 'tab-a', storage, now).load()).toEqual([]);
  });

  it('treats unreadable storage as empty', () => {
    const storage = memoryStorage();
    storage.setItem('tablecraft.pending.d1', '{not json');
    expect(browserPendingStorage('d1', 'tab-a', storage).load()).toEqual([]);
  });
});
