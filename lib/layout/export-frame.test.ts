import { describe, expect, it } from 'vitest';
import { exportFileName, exportFrame } from './export-frame';

describe('exportFrame', () => {
  it('draws at 100 % with a margin around the bounds', () => {
    const frame = exportFrame({ x: -100, y: 50, width: 800, height: 400 }, { margin: 40 });
    expect(frame).toEqual({ width: 880, height: 480, zoom: 1, transform: 'translate(140px, -10px) scale(1)' });
  });

  it('scales a very large diagram down to the longest side allowed', () => {
    const frame = exportFrame({ x: 0, y: 0, width: 20_000, height: 5_000 }, { margin: 0, maxSide: 8000 });
    expect(frame.zoom).toBeCloseTo(0.4);
    expect(frame.width).toBe(8000);
    expect(frame.height).toBe(2000);
  });
});

describe('exportFileName', () => {
  it('keeps the diagram name, minus characters file systems refuse', () => {
    expect(exportFileName('E-commerce orders', 'png')).toBe('E-commerce orders.png');
    expect(exportFileName('a/b: c?', 'svg')).toBe('a-b- c-.svg');
    expect(exportFileName('  ', 'png')).toBe('diagram.png');
  });
});
