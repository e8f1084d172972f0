import { describe, expect, it } from 'vitest';
import { adviseDocument } from '../../lib/advisor';
import { bigAdvisorDiagram } from '../support/big-advisor-diagram';

// Timing lives in bench/advisor.ts: tests do not fail on wall-clock or CPU time.
describe('advisor on a 500-table diagram', () => {
  it('gives the same answer twice and advises every table', () => {
    const doc = bigAdvisorDiagram();
    const first = adviseDocument(doc, { today: '2026-01-01' });
    expect(adviseDocument(doc, { today: '2026-01-01' })).toEqual(first);
    const advised = new Set([...first.findings.map((f) => f.tableId), ...first.proposals.map((p) => p.tableId)]);
    expect(advised.size).toBe(500);
  });
});
