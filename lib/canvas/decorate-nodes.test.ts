import { describe, expect, it } from 'vitest';
import { ecommerceTemplate } from '../templates/ecommerce';
import { createNodeDecorator, type CanvasFlowNode, type NodeDecoration } from './decorate-nodes';
import { tableNodeHandles, tableNodeSize } from './node-geometry';
import { documentToFlow } from './to-flow';

describe('createNodeDecorator', () => {
  const { nodes } = documentToFlow(ecommerceTemplate());
  const plain = (node: CanvasFlowNode): NodeDecoration => ({ position: node.position, measured: undefined, hidden: false, detail: 'full' });

  it('declares the size and handles of a table until it is measured, then leaves them to the measurement', () => {
    const decorate = createNodeDecorator();
    const [first] = decorate(nodes, plain);
    expect(first).toMatchObject({ initialWidth: tableNodeSize(nodes[0]!.data, 'full').width, handles: tableNodeHandles(nodes[0]!.data, 'full') });
    const measured = { width: 250, height: 180 };
    const [again] = decorate(nodes, (n) => ({ ...plain(n), measured }));
    expect(again!.measured).toEqual(measured);
    expect(again!.handles).toBeUndefined();
    expect(again!.initialWidth).toBeUndefined();
  });

  it('keeps every object whose inputs did not change, so a drag tick makes one new node', () => {
    const decorate = createNodeDecorator();
    const before = decorate(nodes, plain);
    expect(decorate(nodes, plain)).toBe(before);
    const dragged = nodes[2]!.id;
    const after = decorate(nodes, (n) => (n.id === dragged ? { ...plain(n), position: { x: 1, y: 2 } } : plain(n)));
    expect(after).not.toBe(before);
    expect(after.filter((n, i) => n !== before[i]).map((n) => n.id)).toEqual([dragged]);
    expect(after[2]!.position).toEqual({ x: 1, y: 2 });
  });

  it('redeclares only unmeasured tables when the detail changes, and hides what it is told to', () => {
    const decorate = createNodeDecorator();
    const measuredId = nodes[0]!.id;
    const decoration = (detail: 'full' | 'outline') => (n: CanvasFlowNode): NodeDecoration =>
      ({ ...plain(n), detail, measured: n.id === measuredId ? { width: 250, height: 100 } : undefined });
    const full = decorate(nodes, decoration('full'));
    const outline = decorate(nodes, decoration('outline'));
    expect(outline[0]).toBe(full[0]);
    expect(outline[1]).not.toBe(full[1]);
    expect(outline[1]!.handles).toEqual(tableNodeHandles(nodes[1]!.data, 'outline'));
    expect(decorate(nodes, (n) => ({ ...plain(n), hidden: true })).every((n) => n.hidden)).toBe(true);
  });
});
