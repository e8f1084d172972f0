import { describe, expect, it } from 'vitest';
import { DiagramBuilder } from '../model/builder';
import { ecommerceTemplate } from '../templates/ecommerce';
import { autoLayout } from './auto-layout';
import { estimatedTableSize } from './node-size';

type Box = { x: number; y: number; width: number; height: number };

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('autoLayout', () => {
  it('places every e-commerce table without overlaps, parents left of their children', async () => {
    const doc = ecommerceTemplate();
    const { positions } = await autoLayout(doc);
    const boxes = doc.tables.map((t) => ({ name: t.name, ...positions[t.id]!, ...estimatedTableSize(t) }));
    expect(boxes.every((b) => Number.isFinite(b.x) && Number.isFinite(b.y))).toBe(true);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(overlaps(a, b), `${a.name} overlaps ${b.name}`).toBe(false);
    }
    const x = (name: string) => boxes.find((b) => b.name === name)!.x;
    for (const rel of doc.relationships.filter((r) => r.fromTableId !== r.toTableId)) {
      const child = doc.tables.find((t) => t.id === rel.fromTableId)!.name;
      const parent = doc.tables.find((t) => t.id === rel.toTableId)!.name;
      expect(x(parent), `${parent} before ${child}`).toBeLessThan(x(child));
    }
  });

  it('gives the same positions for the same document', async () => {
    const [first, second] = await Promise.all([autoLayout(ecommerceTemplate()), autoLayout(ecommerceTemplate())]);
    expect(second).toEqual(first);
  });

  it('lays parents above children when asked for the downward direction', async () => {
    const doc = ecommerceTemplate();
    const { positions } = await autoLayout(doc, { direction: 'DOWN' });
    const byName = (name: string) => positions[doc.tables.find((t) => t.name === name)!.id]!;
    expect(byName('users').y).toBeLessThan(byName('orders').y);
    expect(byName('orders').y).toBeLessThan(byName('order_items').y);
  });

  it('uses measured sizes when given, so tall tables do not overlap', async () => {
    const doc = ecommerceTemplate();
    const measured = Object.fromEntries(doc.tables.map((t) => [t.id, { width: 400, height: 600 }]));
    const { positions } = await autoLayout(doc, { measured });
    const boxes = doc.tables.map((t) => ({ ...positions[t.id]!, width: 400, height: 600 }));
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
  });

  it('keeps the tables of an area inside it, and the area around them', async () => {
    const b = new DiagramBuilder('areas', { readableIds: true });
    for (const name of ['a', 'b', 'c', 'd']) b.table(name, (t) => t.column('id', 'bigint').column('ref', 'bigint').primaryKey('id'));
    b.foreignKey('b', ['ref'], 'a', ['id']);
    b.foreignKey('c', ['ref'], 'b', ['id']);
    b.foreignKey('d', ['ref'], 'a', ['id']);
    const doc = b.build();
    doc.areas.push({ id: 'area_core', name: 'core', color: '#bfdbfe', tableIds: ['tbl_b', 'tbl_c'] });
    const { positions, areaSizes } = await autoLayout(doc);
    const area = { ...positions.area_core!, ...areaSizes.area_core! };
    for (const id of ['tbl_b', 'tbl_c']) {
      const box = { ...positions[id]!, ...estimatedTableSize(doc.tables.find((t) => t.id === id)!) };
      expect(box.x).toBeGreaterThanOrEqual(area.x);
      expect(box.y).toBeGreaterThanOrEqual(area.y);
      expect(box.x + box.width).toBeLessThanOrEqual(area.x + area.width);
      expect(box.y + box.height).toBeLessThanOrEqual(area.y + area.height);
    }
    for (const id of ['tbl_a', 'tbl_d']) {
      const box = { ...positions[id]!, ...estimatedTableSize(doc.tables.find((t) => t.id === id)!) };
      expect(overlaps(box, area), `${id} is outside the area`).toBe(false);
    }
  });

  it('handles an empty diagram', async () => {
    const doc = new DiagramBuilder('empty').build();
    expect(await autoLayout(doc)).toEqual({ positions: {}, areaSizes: {} });
  });
});
