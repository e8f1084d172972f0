import { describe, expect, it } from 'vitest';
import { DiagramBuilder } from '../../model/builder';
import { findingsOf } from '../testing';

function parentChild(options: { onDelete?: 'CASCADE' | 'NO ACTION'; childIndex?: boolean; join?: boolean } = {}) {
  const b = new DiagramBuilder('fk', { readableIds: true });
  b.table('users', (t) => t.column('id', 'bigint', { identity: 'always' }).primaryKey('id'));
  b.table('orders', (t) => {
    t.column('id', 'bigint', { identity: 'always' }).column('user_id', 'bigint', { nullable: false }).primaryKey('id');
    if (options.childIndex) t.index('orders_user_id_idx', ['user_id']);
    if (options.join) t.accessPattern({ name: 'with user', joins: ['rel_orders_user_id'] });
  });
  b.foreignKey('orders', ['user_id'], 'users', ['id'], { onDelete: options.onDelete ?? 'NO ACTION' });
  return b.build();
}

describe('FK_WITHOUT_INDEX', () => {
  it('flags a cascading foreign key without an index, with an add_index fix', () => {
    const [f] = findingsOf(parentChild({ onDelete: 'CASCADE' }), 'FK_WITHOUT_INDEX');
    expect(f!.message).toMatch(/orders\(user_id\) → users.*ON DELETE CASCADE/);
    expect(f!.fix).toMatchObject({ kind: 'add_index', index: { name: 'orders_user_id_idx', keys: [{ columnId: 'col_orders_user_id' }] } });
  });
  it('flags a foreign key a pattern joins along', () => {
    expect(findingsOf(parentChild({ join: true }), 'FK_WITHOUT_INDEX')).toHaveLength(1);
  });
  it('is silent when indexed, or when nothing joins, deletes or cascades', () => {
    expect(findingsOf(parentChild({ onDelete: 'CASCADE', childIndex: true }), 'FK_WITHOUT_INDEX')).toEqual([]);
    expect(findingsOf(parentChild(), 'FK_WITHOUT_INDEX')).toEqual([]);
  });
});

function indexed(indexes: [string, string[], { unique?: boolean; where?: string }?][]) {
  const b = new DiagramBuilder('ix', { readableIds: true });
  b.table('t', (t) => {
    t.column('id', 'bigint', { identity: 'always' }).column('a', 'int').column('b', 'int').primaryKey('id');
    for (const [name, keys, options] of indexes) t.index(name, keys, options ?? {});
  });
  return b.build();
}

describe('INDEX_DUPLICATE', () => {
  it('flags identical indexes and drops the later one', () => {
    const [f] = findingsOf(indexed([['t_a', ['a']], ['t_a_again', ['a']]]), 'INDEX_DUPLICATE');
    expect(f!.fix).toMatchObject({ kind: 'drop_index', indexId: 'idx_t_a_again' });
  });
  it('flags an index that duplicates the primary key and drops the index', () => {
    const [f] = findingsOf(indexed([['t_id', ['id']]]), 'INDEX_DUPLICATE');
    expect(f!.fix).toMatchObject({ kind: 'drop_index', indexId: 'idx_t_id' });
  });
  it('is silent for different order or predicate', () => {
    expect(findingsOf(indexed([['t_a', ['a']], ['t_a_desc', ['a DESC']], ['t_a_part', ['a'], { where: 'b > 0' }]]), 'INDEX_DUPLICATE')).toEqual([]);
  });
});

describe('INDEX_REDUNDANT_PREFIX', () => {
  it('flags a left prefix of another index', () => {
    const [f] = findingsOf(indexed([['t_a', ['a']], ['t_a_b', ['a', 'b']]]), 'INDEX_REDUNDANT_PREFIX');
    expect(f!.message).toBe('index t_a on t is a left prefix of index t_a_b.');
  });
  it('is silent for unique prefixes, non-prefixes and different predicates', () => {
    expect(findingsOf(indexed([['t_a', ['a'], { unique: true }], ['t_a_b', ['a', 'b']]]), 'INDEX_REDUNDANT_PREFIX')).toEqual([]);
    expect(findingsOf(indexed([['t_b', ['b']], ['t_a_b', ['a', 'b']]]), 'INDEX_REDUNDANT_PREFIX')).toEqual([]);
    expect(findingsOf(indexed([['t_a', ['a'], { where: 'b > 0' }], ['t_a_b', ['a', 'b']]]), 'INDEX_REDUNDANT_PREFIX')).toEqual([]);
  });
});

describe('INDEX_UNUSED_ON_WRITE_HEAVY_TABLE', () => {
  function events(writes: number, declared = true) {
    const b = new DiagramBuilder('w', { readableIds: true });
    b.table('events', (t) => {
      t.column('id', 'bigint', { identity: 'always' }).column('kind', 'text').column('at', 'timestamptz').primaryKey('id')
        .index('events_kind_idx', ['kind']).index('events_at_idx', ['at']);
      if (declared) {
        t.accessPattern({ name: 'ingest', operation: 'insert', frequency: { count: writes, per: 'second' } })
          .accessPattern({ name: 'recent', filters: [{ column: 'at', operator: 'gte' }], frequency: { count: 1, per: 'second' } });
      }
    });
    return b.build();
  }
  it('flags the index no pattern uses on a write-heavy table, explaining the write cost', () => {
    const found = findingsOf(events(500), 'INDEX_UNUSED_ON_WRITE_HEAVY_TABLE');
    expect(found.map((f) => f.objectId)).toEqual(['idx_events_kind_idx']);
    expect(found[0]!.reason).toMatch(/"ingest" \(insert, 500\/second\): about 500 writes a second/);
  });
  it('is silent on read-mostly tables and on tables without declared patterns', () => {
    expect(findingsOf(events(0.5), 'INDEX_UNUSED_ON_WRITE_HEAVY_TABLE')).toEqual([]);
    expect(findingsOf(events(500, false), 'INDEX_UNUSED_ON_WRITE_HEAVY_TABLE')).toEqual([]);
  });
});

describe('TABLE_WITHOUT_PRIMARY_KEY', () => {
  it('promotes a NOT NULL unique constraint, else adds an identity column', () => {
    const b = new DiagramBuilder('pk', { readableIds: true });
    b.table('a', (t) => t.column('code', 'text', { nullable: false }).unique('code'));
    b.table('b', (t) => t.column('note', 'text'));
    b.table('c', (t) => t.column('id', 'bigint', { identity: 'always' }).primaryKey('id'));
    const found = findingsOf(b.build(), 'TABLE_WITHOUT_PRIMARY_KEY');
    expect(found.map((f) => [f.tableId, f.fix?.kind])).toEqual([['tbl_a', 'set_primary_key'], ['tbl_b', 'add_identity_key']]);
  });
});

describe('dismissals', () => {
  it('marks a finding matching doc.exceptions as accepted with the stored reason', () => {
    const doc = parentChild({ onDelete: 'CASCADE' });
    doc.exceptions.push({
      id: 'exc_1', code: 'FK_WITHOUT_INDEX', subject: { tableId: 'tbl_orders', columnIds: [], objectId: 'rel_orders_user_id' },
      justification: 'users are never deleted, only anonymized in place', evidence: '', createdAt: null, author: null,
    });
    const [f] = findingsOf(doc, 'FK_WITHOUT_INDEX');
    expect(f).toMatchObject({ accepted: true, justification: 'users are never deleted, only anonymized in place', exceptionId: 'exc_1' });
    doc.exceptions[0]!.subject.objectId = 'rel_other';
    expect(findingsOf(doc, 'FK_WITHOUT_INDEX')[0]!.accepted).toBe(false);
  });
});
