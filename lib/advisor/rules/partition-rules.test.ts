import { describe, expect, it } from 'vitest';
import { DiagramBuilder } from '../../model/builder';
import { eventsTemplate } from '../../templates/events';
import { adviseDocument } from '../advise';
import { applyAdvisorFix } from '../fix';
import { findingsOf } from '../testing';

const GIB = 1024 ** 3;

function events(rows: number, growth: number, patterns: 'time' | 'tenant' | 'kind' | 'none') {
  const b = new DiagramBuilder('p', { readableIds: true });
  b.enum('event_kind', ['click', 'view', 'buy']);
  b.table('events', (t) => {
    t.column('id', 'bigint', { identity: 'always' }).column('tenant_id', 'uuid', { nullable: false })
      .column('kind', b.enumType('event_kind'), { nullable: false })
      .column('at', 'timestamptz', { nullable: false, default: 'now()' }).column('payload', 'jsonb')
      .primaryKey('id').unique('tenant_id', 'id').volume(rows, growth);
    if (patterns === 'time') t.accessPattern({ name: 'window', filters: [{ column: 'at', operator: 'between' }] });
    if (patterns === 'tenant') t.accessPattern({ name: 'of tenant', filters: [{ column: 'tenant_id', operator: 'eq' }] });
    if (patterns === 'kind') t.accessPattern({ name: 'of kind', filters: [{ column: 'kind', operator: 'eq' }] });
  });
  return b.build();
}

describe('PARTITION_BY_TIME_RANGE', () => {
  it('proposes monthly range partitions past the RAM threshold, with the arithmetic and widened keys', () => {
    const [f] = findingsOf(events(300_000_000, 20_000_000, 'time'), 'PARTITION_BY_TIME_RANGE');
    expect(f!.reason).toContain('(300,000,000 rows + 20,000,000/month × 12 months) × 196 B/row (estimated from the column types) = 98.6 GiB of table data > 64 GiB of server RAM');
    expect(f!.reason).toContain('uniqueness is then only guaranteed per at value');
    const fix = f!.fix;
    expect(fix?.kind === 'partition_table' && fix.partitioning.partitions.map((p) => p.name).slice(0, 2)).toEqual(['events_y2026m01', 'events_y2026m02']);
    expect(fix?.kind === 'partition_table' && fix.partitioning.partitions).toHaveLength(13);
    const applied = applyAdvisorFix(events(300_000_000, 20_000_000, 'time'), fix!);
    const table = applied.ok ? applied.value.tables[0]! : null;
    expect(table?.primaryKey?.columnIds).toEqual(['col_events_id', 'col_events_at']);
    expect(table?.uniques[0]!.columnIds).toEqual(['col_events_tenant_id', 'col_events_id', 'col_events_at']);
  });
  it('lists the partitioning as a proposal with its arithmetic', () => {
    const p = adviseDocument(events(300_000_000, 20_000_000, 'time'), { today: '2026-01-01' }).proposals.find((x) => x.kind === 'partitioning');
    expect(p).toMatchObject({ kind: 'partitioning', strategy: 'range', tableId: 'tbl_events', patternIds: ['ap_events_window'] });
    expect(p!.kind === 'partitioning' && p!.arithmetic).toMatch(/= 98\.6 GiB of table data > 64 GiB of server RAM$/);
  });
  it('picks weekly or daily partitions when a month would be too large', () => {
    const weekly = findingsOf(events(300_000_000, 20_000_000, 'time'), 'PARTITION_BY_TIME_RANGE', { maxPartitionBytes: 2 * GIB })[0]!;
    expect(weekly.fix?.kind === 'partition_table' && weekly.fix.partitioning.partitions[0]!.name).toBe('events_p20251229');
    const daily = findingsOf(events(300_000_000, 20_000_000, 'time'), 'PARTITION_BY_TIME_RANGE', { maxPartitionBytes: 0.5 * GIB })[0]!;
    expect(daily.fix?.kind === 'partition_table' && daily.fix.partitioning.partitions).toHaveLength(32);
  });
  it('is silent below the threshold (configurable RAM)', () => {
    expect(findingsOf(events(1_000_000, 10_000, 'time'), 'PARTITION_BY_TIME_RANGE')).toEqual([]);
    expect(findingsOf(events(1_000_000, 10_000, 'time'), 'PARTITION_BY_TIME_RANGE', { ramBytes: 0.1 * GIB })).toHaveLength(1);
  });
});

describe('PARTITION_BY_TENANT_HASH and PARTITION_BY_CATEGORY_LIST', () => {
  it('hash-partitions by tenant when every pattern filters on it', () => {
    const [f] = findingsOf(events(300_000_000, 20_000_000, 'tenant'), 'PARTITION_BY_TENANT_HASH');
    expect(f!.fix?.kind === 'partition_table' && [f!.fix.partitioning.strategy, f!.fix.partitioning.partitions.length]).toEqual(['hash', 16]);
    expect(findingsOf(events(300_000_000, 20_000_000, 'tenant'), 'PARTITION_BY_TIME_RANGE')).toEqual([]);
  });
  it('list-partitions by an enum every pattern filters on', () => {
    const [f] = findingsOf(events(300_000_000, 20_000_000, 'kind'), 'PARTITION_BY_CATEGORY_LIST');
    expect(f!.fix?.kind === 'partition_table' && f!.fix.partitioning.partitions.map((p) => p.name)).toEqual(['events_click', 'events_view', 'events_buy', 'events_default']);
  });
});

describe('PARTITION_NO_PRUNING', () => {
  it('warns for a pattern on a partitioned table that does not filter on the key', () => {
    const doc = eventsTemplate();
    expect(findingsOf(doc, 'PARTITION_NO_PRUNING')).toEqual([]);
    doc.tables[0]!.accessPatterns.push({ ...doc.tables[0]!.accessPatterns[0]!, id: 'ap_by_source', name: 'by source', filters: [{ columnId: 'col_events_source', operator: 'eq', constant: null }] });
    const [f] = findingsOf(doc, 'PARTITION_NO_PRUNING');
    expect(f).toMatchObject({ objectId: 'ap_by_source', message: '"by source" does not filter on the partition key occurred_at of events, so it reads all 13 partitions.' });
  });
});
