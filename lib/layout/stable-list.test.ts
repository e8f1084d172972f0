import { describe, expect, it } from 'vitest';
import { createStableList, structurallyEqual } from './stable-list';

type Item = { id: string; position: { x: number; y: number }; data: { columns: string[] }; hidden?: boolean };
const item = (id: string, x: number, columns = ['id']): Item => ({ id, position: { x, y: 0 }, data: { columns } });

describe('createStableList', () => {
  it('keeps unchanged items and the list itself when nothing changed', () => {
    const stabilize = createStableList<Item>();
    const first = stabilize([item('a', 0), item('b', 10)]);
    const again = stabilize([item('a', 0), item('b', 10)]);
    expect(again).toBe(first);
  });

  it('replaces only the items that changed', () => {
    const stabilize = createStableList<Item>();
    const first = stabilize([item('a', 0), item('b', 10), item('c', 20, ['id', 'name'])]);
    const next = stabilize([item('a', 0), item('b', 15), item('c', 20, ['id', 'title'])]);
    expect(next).not.toBe(first);
    expect(next[0]).toBe(first[0]);
    expect(next[1]).not.toBe(first[1]);
    expect(next[1]!.position.x).toBe(15);
    expect(next[2]!.data.columns).toEqual(['id', 'title']);
  });

  it('notices added, removed and reordered items', () => {
    const stabilize = createStableList<Item>();
    const first = stabilize([item('a', 0), item('b', 0)]);
    expect(stabilize([item('b', 0), item('a', 0)])).toEqual([first[1], first[0]]);
    expect(stabilize([item('b', 0)])).toHaveLength(1);
    expect(stabilize([item('b', 0), item('c', 0)]).map((i) => i.id)).toEqual(['b', 'c']);
  });
});

describe('structurallyEqual', () => {
  it('compares plain data deeply and treats undefined keys as absent', () => {
    expect(structurallyEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(structurallyEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(structurallyEqual({ a: 1, hidden: undefined }, { a: 1 })).toBe(true);
    expect(structurallyEqual({ a: 1, hidden: false }, { a: 1 })).toBe(false);
    expect(structurallyEqual([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(structurallyEqual(null, {})).toBe(false);
  });
});
