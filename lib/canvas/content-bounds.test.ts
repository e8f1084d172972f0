import { describe, expect, it } from 'vitest';
import { ecommerceTemplate } from '../templates/ecommerce';
import { graphBounds, nodeBox, NOTE_SIZE } from './content-bounds';
import { tableNodeSize } from './node-geometry';
import { documentToFlow } from './to-flow';

describe('nodeBox', () => {
  it('prefers the measured size, then the declared one, then the style, then a note default', () => {
    const position = { x: 5, y: 6 };
    expect(nodeBox({ position, measured: { width: 1, height: 2 }, initialWidth: 3, initialHeight: 4 })).toEqual({ x: 5, y: 6, width: 1, height: 2 });
    expect(nodeBox({ position, initialWidth: 3, initialHeight: 4 })).toEqual({ x: 5, y: 6, width: 3, height: 4 });
    expect(nodeBox({ position, style: { width: 7, height: 8 } })).toEqual({ x: 5, y: 6, width: 7, height: 8 });
    expect(nodeBox({ type: 'note', position })).toEqual({ ...position, ...NOTE_SIZE });
  });
});

describe('graphBounds', () => {
  it('frames every shown table at its full size, leaving out hidden ones', () => {
    const graph = documentToFlow(ecommerceTemplate());
    const all = graphBounds(graph, () => false)!;
    for (const node of graph.nodes) {
      const size = tableNodeSize(node.data, 'full');
      expect(node.position.x + size.width).toBeLessThanOrEqual(all.x + all.width);
      expect(node.position.y + size.height).toBeLessThanOrEqual(all.y + all.height);
    }
    const [first] = graph.nodes;
    const alone = graphBounds(graph, (id) => id !== first!.id)!;
    expect(alone).toEqual({ ...first!.position, ...tableNodeSize(first!.data, 'full') });
    expect(graphBounds(graph, () => true)).toBeNull();
  });
});
