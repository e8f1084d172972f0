import { describe, expect, it } from 'vitest';
import { boundsOf, CANVAS_FIT, fitViewport } from './viewport';

describe('boundsOf', () => {
  it('is the smallest rectangle around all the given ones, and null for none', () => {
    expect(boundsOf([{ x: 10, y: 20, width: 100, height: 50 }, { x: -40, y: 60, width: 10, height: 40 }])).toEqual({ x: -40, y: 20, width: 150, height: 80 });
    expect(boundsOf([])).toBeNull();
  });
});

describe('fitViewport', () => {
  const pane = { width: 1000, height: 500 };

  it('centres the content, as large as the padding allows, never above the maximum zoom', () => {
    // 2000 × 500 content: the width decides, 1000 / 2000 / 1.2.
    const view = fitViewport({ x: 0, y: 0, width: 2000, height: 500 }, pane, CANVAS_FIT);
    expect(view.zoom).toBeCloseTo(1000 / 2000 / 1.2);
    // The content's centre lands on the pane's centre.
    expect(1000 * view.zoom + view.x).toBeCloseTo(500);
    expect(250 * view.zoom + view.y).toBeCloseTo(250);
    // A small diagram is shown at 100 %, not blown up.
    expect(fitViewport({ x: 100, y: 100, width: 200, height: 100 }, pane, CANVAS_FIT).zoom).toBe(1);
  });

  it('stops at the minimum zoom for content too big to fit, still centred', () => {
    const view = fitViewport({ x: 0, y: 0, width: 100_000, height: 100_000 }, pane, CANVAS_FIT);
    expect(view.zoom).toBe(CANVAS_FIT.minZoom);
    expect(50_000 * view.zoom + view.x).toBeCloseTo(500);
  });

  it('shows the origin at 100 % when there is nothing to frame or no pane yet', () => {
    expect(fitViewport(null, pane)).toEqual({ x: 0, y: 0, zoom: 1 });
    expect(fitViewport({ x: 5, y: 5, width: 10, height: 10 }, { width: 0, height: 0 })).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});
