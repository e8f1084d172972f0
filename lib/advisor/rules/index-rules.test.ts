import { describe, expect, it } from 'vitest';
import { DiagramBuilder, type TableBuilder } from '../../model/builder';
import { adviseDocument } from '../advise';
import { describeIndex } from '../design';
import { findingsOf } from '../testing';

function orders(extra: (t: TableBuilder) => void = () => {}) {
  const b = new DiagramBuilder('t', { readableIds: true });
  b.table('orders', (t) => {
    t.column('id', 'bigint', { identity: 'always' }).column('user_id', 'bigint', { nullable: false })
      .column('status', 'text', { nullable: false }).column('total', 'numeric(12,2)').column('attrs', 'jsonb')
      .column('tags', 'text[]').column('created_at', 'timestamptz', { nullable: false, default: 'now()' }).primaryKey('id').volume(1_000_000, 50_000);
    extra(t);
  });
  return b;
}
const proposalsOf = (b: DiagramBuilder) => {
  const doc = b.build();
  const table = doc.tables[0]!;
  return adviseDocument(doc).proposals.flatMap((p) => (p.kind === 'index' ? [{ name: p.index.name, sql: describeIndex(table, p.index), patterns: p.patternIds, reasons: p.reasons, index: p.index }] : []));
};

describe('INDEX_FOR_PATTERN', () => {
  it('puts equality first, then the sort column with DESC', () => {
    const [p] = proposalsOf(orders((t) => t.accessPattern({ name: 'mine', filters: [{ column: 'user_id', operator: 'eq' }], orderBy: [{ column: 'created_at', direction: 'desc' }], limit: 20 })));
    expect(p!.sql).toBe('(user_id, created_at DESC)');
    expect(p!.reasons.join(' ')).toMatch(/Equality column user_id first.*created_at DESC.*LIMIT 20/);
  });

  it('is silent when an existing index serves the pattern, also read backwards', () => {
    const b = orders((t) => t.index('orders_user_created', ['user_id', 'created_at'])
      .accessPattern({ name: 'mine', filters: [{ column: 'user_id', operator: 'eq' }], orderBy: [{ column: 'created_at', direction: 'desc' }] }));
    expect(findingsOf(b.build(), 'INDEX_FOR_PATTERN')).toEqual([]);
  });

  it('does not count an index whose sort direction is mixed the wrong way', () => {
    const b = orders((t) => t.index('orders_mixed', ['user_id', 'status', 'created_at DESC'])
      .accessPattern({ name: 'two sorts', filters: [{ column: 'user_id', operator: 'eq' }], orderBy: [{ column: 'status' }, { column: 'created_at' }] }));
    expect(proposalsOf(b).map((p) => p.sql)).toEqual(['(user_id, status, created_at)']);
  });

  it('makes a partial index for a constant filter, without the constant column as a key', () => {
    const [p] = proposalsOf(orders((t) => t.accessPattern({ name: 'open of user', filters: [{ column: 'user_id', operator: 'eq' }, { column: 'status', operator: 'eq', constant: 'open' }] })));
    expect(p!.sql).toBe(`(user_id) WHERE "status" = 'open'`);
  });

  it('accepts an existing partial index whose predicate the pattern implies', () => {
    const b = orders((t) => t.index('orders_open', ['user_id'], { where: "status = 'open'" })
      .accessPattern({ name: 'open of user', filters: [{ column: 'user_id', operator: 'eq' }, { column: 'status', operator: 'eq', constant: 'open' }] }));
    expect(proposalsOf(b)).toEqual([]);
    const other = orders((t) => t.index('orders_paid', ['user_id'], { where: "status = 'paid'" })
      .accessPattern({ name: 'open of user', filters: [{ column: 'user_id', operator: 'eq' }, { column: 'status', operator: 'eq', constant: 'open' }] }));
    expect(proposalsOf(other)).toHaveLength(1);
  });

  it('puts a range column after the equality columns', () => {
    const [p] = proposalsOf(orders((t) => t.accessPattern({ name: 'recent of user', filters: [{ column: 'created_at', operator: 'gte' }, { column: 'user_id', operator: 'eq' }] })));
    expect(p!.sql).toBe('(user_id, created_at)');
  });

  it('adds INCLUDE columns for a frequent pattern that reads few columns', () => {
    const [p] = proposalsOf(orders((t) => t.accessPattern({ name: 'totals', filters: [{ column: 'user_id', operator: 'eq' }], select: ['user_id', 'total'], frequency: { count: 100, per: 'second' } })));
    expect(p!.sql).toBe('(user_id) INCLUDE (total)');
  });

  it('uses GIN jsonb_path_ops for containment and jsonb_ops for key existence', () => {
    expect(proposalsOf(orders((t) => t.accessPattern({ name: 'by attrs', filters: [{ column: 'attrs', operator: 'contains' }] })))[0]!.sql)
      .toBe('USING gin (attrs jsonb_path_ops)');
    expect(proposalsOf(orders((t) => t.accessPattern({ name: 'has key', filters: [{ column: 'attrs', operator: 'has_key' }] })))[0]!.sql)
      .toBe('USING gin (attrs jsonb_ops)');
    expect(proposalsOf(orders((t) => t.accessPattern({ name: 'tagged', filters: [{ column: 'tags', operator: 'contains' }] })))[0]!.sql)
      .toBe('USING gin (tags)');
  });

  it('uses BRIN for a time range on a large append-only table, B-tree when small', () => {
    const big = orders((t) => t.volume(50_000_000, 5_000_000).accessPattern({ name: 'window', filters: [{ column: 'created_at', operator: 'between' }] }));
    expect(proposalsOf(big)[0]!.sql).toBe('USING brin (created_at)');
    const small = orders((t) => t.accessPattern({ name: 'window', filters: [{ column: 'created_at', operator: 'between' }] }));
    expect(proposalsOf(small)[0]!.sql).toBe('(created_at)');
  });

  it('uses HNSW with the distance operator class, or IVFFlat with lists from the row count', () => {
    const b = new DiagramBuilder('v', { readableIds: true });
    b.table('chunks', (t) => t.column('id', 'bigint', { identity: 'always' }).column('embedding', 'vector(768)').primaryKey('id').volume(2_000_000, 0)
      .accessPattern({ name: 'nearest', similarity: { columnId: 'col_chunks_embedding', distance: 'inner_product', k: 5 } }));
    const hnsw = adviseDocument(b.build()).proposals[0]!;
    expect(hnsw.kind === 'index' && [hnsw.index.method, hnsw.index.keys[0]!.opclass, hnsw.index.with]).toEqual(['hnsw', 'vector_ip_ops', { m: 16, ef_construction: 64 }]);
    const ivf = adviseDocument(b.build(), { vectorIndex: 'ivfflat' }).proposals[0]!;
    expect(ivf.kind === 'index' && [ivf.index.method, ivf.index.with]).toEqual(['ivfflat', { lists: 1414 }]);
  });

  it('merges a proposal that is a prefix of another into the longer one', () => {
    const props = proposalsOf(orders((t) => t
      .accessPattern({ name: 'by user', filters: [{ column: 'user_id', operator: 'eq' }] })
      .accessPattern({ name: 'by user newest', filters: [{ column: 'user_id', operator: 'eq' }], orderBy: [{ column: 'created_at', direction: 'desc' }] })));
    expect(props.map((p) => [p.sql, p.patterns])).toEqual([['(user_id, created_at DESC)', ['ap_orders_by_user_newest', 'ap_orders_by_user']]]);
  });
});
