import { DiagramBuilder, type DiagramDocument } from '../../lib/model';

/** A small seeded PRNG (mulberry32), so generated diagrams are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `tables` tables of `columnsPerTable` columns in a chain of foreign keys, each
 * with two random declared dependencies (some of them violations): the
 * normalization benchmark's input (300 × 10 = 3,000 columns) and the API's
 * large-document test.
 */
export function bigNormalizationDiagram(tables: number, columnsPerTable: number): DiagramDocument {
  const random = seeded(42);
  const b = new DiagramBuilder('bench', { readableIds: true });
  for (let i = 0; i < tables; i++) {
    b.table(`t${i}`, (t) => {
      t.column('id', 'bigint', { identity: 'always' });
      if (i > 0) t.column(`t${i - 1}_id`, 'bigint', { nullable: false });
      const first = i > 0 ? 2 : 1;
      for (let c = first; c < columnsPerTable; c++) t.column(c % 7 === 3 ? `zip${c}` : `c${c}`, c % 5 === 0 ? 'integer' : 'text');
      t.primaryKey('id');
      // Two declared dependencies per table between ordinary columns, some of them violations.
      const pick = () => t.table.columns[first + Math.floor(random() * (columnsPerTable - first))]!.name;
      for (let d = 0; d < 2; d++) {
        const [x, y] = [pick(), pick()];
        if (x !== y) t.dependency([x], [y]);
      }
    });
    if (i > 0) b.foreignKey(`t${i}`, [`t${i - 1}_id`], `t${i - 1}`, ['id']);
  }
  return b.build();
}
