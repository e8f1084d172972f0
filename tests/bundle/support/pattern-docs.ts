import { DiagramBuilder } from '../../../lib/model/builder';
import type { DiagramDocument } from '../../../lib/model/document';
import type { Column, Index } from '../../../lib/model/table-parts';

/** The "before" schema of the zero-downtime tests: plain tables and a table partitioned by month, target PostgreSQL 15. */
export function patternBase(): DiagramDocument {
  const b = new DiagramBuilder('Online patterns', { readableIds: true, postgresVersion: 15 });
  b.table('accounts', (t) => t.column('id', 'bigint', { identity: 'always' }).column('email', 'text', { nullable: false }).column('nick', 'text').primaryKey('id'));
  b.table('orders', (t) => t.column('id', 'bigint', { identity: 'always' }).column('account_id', 'bigint', { nullable: false }).column('total', 'integer').primaryKey('id')
    .index('orders_total_idx', ['total']));
  b.table('events', (t) => {
    t.column('id', 'bigint', { nullable: false }).column('at', 'timestamptz', { nullable: false }).column('kind', 'text', { nullable: false }).primaryKey('id', 'at');
    t.table.partitioning = {
      strategy: 'range', key: [{ columnId: t.col('at').id, expression: null }],
      partitions: [
        { id: 'p1', name: 'events_2025_01', bound: { kind: 'range', from: ['2025-01-01 00:00:00+00'], to: ['2025-02-01 00:00:00+00'] }, comment: '' },
        { id: 'p2', name: 'events_2025_02', bound: { kind: 'range', from: ['2025-02-01 00:00:00+00'], to: ['2025-03-01 00:00:00+00'] }, comment: '' },
        { id: 'pd', name: 'events_default', bound: { kind: 'default' }, comment: '' },
      ],
    };
  });
  return b.build();
}

export const SEED_ROWS = `
INSERT INTO accounts (email, nick) SELECT 'user' || g || '@example.com', CASE WHEN g % 3 = 0 THEN NULL ELSE 'n' || g END FROM generate_series(1, 10000) g;
INSERT INTO orders (account_id, total) SELECT 1 + (g % 10000), g FROM generate_series(1, 10000) g;
INSERT INTO events (id, at, kind) SELECT g, timestamptz '2025-01-01' + (g % 80) * interval '1 day', 'k' || (g % 7) FROM generate_series(1, 10000) g;`;

export const column = (id: string, name: string, type: string, extra: Partial<Column> = {}): Column => ({
  id, name, type: { kind: 'base', name: type, modifiers: [], arrayDims: 0 }, nullable: true, default: null, identity: null, generated: null,
  collation: null, comment: '', snapshotOf: null, ...extra,
});

export const btree = (id: string, name: string, columnIds: string[], extra: Partial<Index> = {}): Index => ({
  id, name, method: 'btree', unique: false, nullsNotDistinct: false,
  keys: columnIds.map((columnId) => ({ columnId, expression: null, order: null, nulls: null, opclass: null, collation: null })),
  include: [], where: null, with: {}, comment: '', ...extra,
});

export const tableOf = (doc: DiagramDocument, name: string) => doc.tables.find((t) => t.name === name)!;
