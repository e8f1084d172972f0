import { describe, expect, it } from 'vitest';
import { overviewLabel, overviewScene, overviewZoomStep, type OverviewTable } from './overview';

function box(id: string, x: number, y: number, selected = false): OverviewTable {
  return { id, name: id, x, y, width: 100, height: 50, selected, junction: false };
}

describe('overviewScene', () => {
  it('draws one straight segment per relationship, centre to centre, and frames every table', () => {
    const scene = overviewScene([box('a', 0, 0), box('b', 200, 100)], [{ source: 'b', target: 'a' }]);
    expect(scene.links).toBe('M250 125L50 25');
    expect(scene.selectedLinks).toBe('');
    expect(scene.bounds).toEqual({ x: 0, y: 0, width: 300, height: 150 });
  });

  it('highlights the relationships of selected tables, and leaves out self-references and hidden ends', () => {
    const scene = overviewScene(
      [box('a', 0, 0, true), box('b', 200, 0), box('c', 400, 0)],
      [{ source: 'b', target: 'a' }, { source: 'c', target: 'b' }, { source: 'c', target: 'c' }, { source: 'c', target: 'gone' }],
    );
    expect(scene.selectedLinks).toBe('M250 25L50 25');
    expect(scene.links).toBe('M450 25L250 25');
  });

  it('has no bounds when no table is shown', () => {
    expect(overviewScene([], []).bounds).toBeNull();
  });
});

describe('overviewLabel', () => {
  it('keeps a name that fits and shortens one that does not, with an ellipsis', () => {
    expect(overviewLabel('orders', 240, 20)).toBe('orders');
    const label = overviewLabel('customer_payment_methods', 120, 20);
    expect(label.endsWith('…')).toBe(true);
    expect(label.length).toBe(10);
    expect(overviewLabel('orders', 1, 20)).toBe('o…');
  });
});

describe('overviewZoomStep', () => {
  it('moves in steps of 0.05, so the layer redraws a few times per zoom gesture, not every frame', () => {
    expect(overviewZoomStep(0.1)).toBeCloseTo(0.1);
    expect(overviewZoomStep(0.149)).toBeCloseTo(0.1);
    expect(overviewZoomStep(0.151)).toBeCloseTo(0.15);
    expect(overviewZoomStep(0.01)).toBeCloseTo(0.05);
  });
});
