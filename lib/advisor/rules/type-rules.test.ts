import { describe, expect, it } from 'vitest';
import { DiagramBuilder } from '../../model/builder';
import { LINT_RULES } from '../../lint/registry';
import { adviseDocument } from '../advise';
import { findingsOf } from '../testing';

function typed(types: Record<string, string>) {
  const b = new DiagramBuilder('types', { readableIds: true });
  b.table('t', (t) => {
    t.column('id', 'bigint', { identity: 'always' }).primaryKey('id');
    for (const [name, type] of Object.entries(types)) t.column(name, type);
  });
  return b.build();
}

describe('type choices', () => {
  it.each([
    ['TYPE_VARCHAR_LENGTH', 'varchar(40)', 'TC014'],
    ['TYPE_TIMESTAMP_WITHOUT_TZ', 'timestamp', 'TC013'],
    ['TYPE_SERIAL', 'serial', 'TC012'],
    ['TYPE_JSON', 'json', 'TC011'],
  ] as const)('%s flags %s and links lint rule %s', (code, type, rule) => {
    const [f] = findingsOf(typed({ c: type }), code);
    expect(f).toMatchObject({ category: 'types', seeAlso: rule, columnIds: ['col_t_c'] });
    expect(LINT_RULES.some((r) => r.id === rule)).toBe(true);
    expect(findingsOf(typed({ c: 'text' }), code)).toEqual([]);
  });

  it('all type findings of a clean table are absent', () => {
    expect(adviseDocument(typed({ a: 'text', b: 'timestamptz', c: 'jsonb' })).findings.filter((f) => f.category === 'types')).toEqual([]);
  });
});

describe('INT_KEY_OVERFLOW', () => {
  function keyed(type: string, rows: number, growth: number) {
    const b = new DiagramBuilder('k', { readableIds: true });
    b.table('orders', (t) => t.column('id', type, { nullable: false }).primaryKey('id').volume(rows, growth));
    b.table('items', (t) => t.column('id', 'bigint', { identity: 'always' }).column('order_id', 'integer').primaryKey('id'));
    b.foreignKey('items', ['order_id'], 'orders', ['id']);
    return b.build();
  }
  it('computes the months until 2^31 and widens the key and its references', () => {
    const [f] = findingsOf(keyed('integer', 2_000_000_000, 10_000_000), 'INT_KEY_OVERFLOW');
    expect(f!.message).toContain('in about 14 months');
    expect(f!.reason).toContain('(2,147,483,647 − 2,000,000,000 rows) ÷ 10,000,000 rows a month ≈ 14.7 months');
    expect(f!.fix?.kind === 'change_column_types' && f!.fix.changes.map((c) => [c.columnId, c.type.kind === 'base' && c.type.name]))
      .toEqual([['col_orders_id', 'bigint'], ['col_items_order_id', 'bigint']]);
  });
  it('is silent for bigint keys and for slow growth', () => {
    expect(findingsOf(keyed('bigint', 2_000_000_000, 10_000_000), 'INT_KEY_OVERFLOW')).toEqual([]);
    expect(findingsOf(keyed('integer', 1_000_000, 1_000), 'INT_KEY_OVERFLOW')).toEqual([]);
  });
});
