import { describe, expect, it } from 'vitest';
import { summarizePlan } from './plan-summary';

const seqScan = [{
  Plan: {
    'Node Type': 'Limit', 'Plan Rows': 20, 'Actual Rows': 20, 'Actual Loops': 1, 'Shared Hit Blocks': 10, 'Shared Read Blocks': 300,
    Plans: [{ 'Node Type': 'Seq Scan', 'Relation Name': 'orders', 'Plan Rows': 25, 'Actual Rows': 20, 'Actual Loops': 1, 'Rows Removed by Filter': 49_980, 'Shared Hit Blocks': 10, 'Shared Read Blocks': 300 }],
  },
  'Planning Time': 0.2, 'Execution Time': 12.5,
}];

describe('summarizePlan', () => {
  it('finds a sequential scan of a large table', () => {
    const s = summarizePlan(JSON.stringify(seqScan));
    expect(s).toMatchObject({
      nodeTypes: ['Limit', 'Seq Scan'], indexes: [], rows: 20, buffers: { hit: 10, read: 300 }, executionMs: 12.5,
      seqScans: [{ relation: 'orders', rowsScanned: 50_000 }], seqScanOnLargeTable: true, usesIndex: false,
    });
  });
  it('reports the index of an index scan', () => {
    const s = summarizePlan({ Plan: { 'Node Type': 'Index Scan', 'Relation Name': 'orders', 'Index Name': 'orders_user_id_idx', 'Plan Rows': 5 } });
    expect([s.indexes, s.usesIndex, s.seqScanOnLargeTable, s.rows]).toEqual([['orders_user_id_idx'], true, false, 5]);
  });
  it('rejects input that is not EXPLAIN JSON', () => {
    expect(() => summarizePlan({})).toThrow(/EXPLAIN/);
  });
});
