import { describe, expect, it } from 'vitest';
import { aDocument, aTable } from '../model/testing';
import { freePosition } from './free-position';

describe('freePosition', () => {
  it('keeps the wanted spot when it is free, and takes the nearest free spot otherwise', () => {
    const [a, b] = [aTable({ name: 'a' }), aTable({ name: 'b' })];
    const doc = aDocument({ tables: [a, b], layout: { nodes: { [a.id]: { x: 0, y: 0 }, [b.id]: { x: 0, y: 180 } } } });
    expect(freePosition(doc, { x: 0, y: 500 })).toEqual({ x: 0, y: 500 });
    // Above and below are too close to a and b; to the left is too close to a as well; one table width to the right is free.
    expect(freePosition(doc, { x: 10, y: 10 })).toEqual({ x: 300, y: 10 });
  });
});
