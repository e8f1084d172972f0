/**
 * A big, deterministic diagram for the canvas benchmark: `tables` tables with
 * 4–12 columns each, laid out on a grid, and `relationships` foreign keys —
 * every table after the first references an earlier one (so the graph is
 * connected, like a real schema), the rest link random pairs. Seeded, so every
 * run measures the same diagram.
 */
import { DiagramBuilder } from '../../lib/model/builder';
import type { DiagramDocument } from '../../lib/model/document';

const TYPES = ['text', 'integer', 'numeric(12,2)', 'timestamptz', 'boolean', 'jsonb', 'uuid', 'date'];
const GRID = { columns: 25, cellWidth: 320, cellHeight: 420 };

/** mulberry32: a tiny seeded PRNG; Math.random cannot be seeded. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function largeDiagram(tables = 500, relationships = 700, seed = 42): DiagramDocument {
  if (relationships < tables - 1) throw new Error('largeDiagram: need at least tables - 1 relationships to connect every table');
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const name = (i: number) => `t${String(i).padStart(3, '0')}`;
  const b = new DiagramBuilder(`Benchmark ${tables} tables`, { readableIds: true });

  // Which tables reference which: first a spanning tree, then random extra links (child after parent).
  const links: [number, number][] = [];
  for (let i = 1; i < tables; i++) links.push([i, pick(i)]);
  while (links.length < relationships) {
    const child = 1 + pick(tables - 1);
    links.push([child, pick(child)]);
  }
  const refsOf = new Map<number, number[]>();
  for (const [child, parent] of links) refsOf.set(child, [...(refsOf.get(child) ?? []), parent]);

  for (let i = 0; i < tables; i++) {
    const refs = refsOf.get(i) ?? [];
    const plain = 3 + pick(8);
    b.table(name(i), (t) => {
      t.column('id', 'bigint', { identity: 'always' });
      refs.forEach((parent, k) => t.column(`${name(parent)}_id_${k}`, 'bigint', { nullable: next() < 0.3 }));
      for (let c = 0; c < plain; c++) t.column(`field_${c}`, TYPES[pick(TYPES.length)]!, { nullable: next() < 0.5 });
      t.primaryKey('id');
    });
    b.position(name(i), (i % GRID.columns) * GRID.cellWidth, Math.floor(i / GRID.columns) * GRID.cellHeight);
  }
  for (const [child, refs] of refsOf) {
    refs.forEach((parent, k) => b.foreignKey(name(child), [`${name(parent)}_id_${k}`], name(parent), ['id']));
  }
  return b.build();
}
