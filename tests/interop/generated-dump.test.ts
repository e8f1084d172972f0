import { describe, expect, it } from 'vitest';
import { importSql } from '../../lib/interop';
import { parseDocument } from '../../lib/model/parse';
import { generatedDump } from './generated-dump';

describe('a generated 1,000-table dump', () => {
  it('imports without error: every table, key, foreign key and index, and nothing failed', async () => {
    const result = await importSql(generatedDump(1000));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { document, report } = result.value;
    expect(document.tables).toHaveLength(1000);
    expect(document.tables.every((t) => t.primaryKey !== null)).toBe(true);
    const partitioned = document.tables.filter((t) => t.partitioning !== null);
    expect(partitioned).toHaveLength(10);
    expect(partitioned.every((t) => t.partitioning!.partitions.length === 3)).toBe(true);
    expect(document.relationships.length).toBeGreaterThan(900);
    expect(document.relationships.every((r) => r.onDelete === 'CASCADE' && r.cardinality === '1:N')).toBe(true);
    expect(report.counts.failed).toBe(0);
    expect(report.warnings).toEqual([]);
    expect(document.sequences).toHaveLength(1000);
    expect(report.counts.imported).toMatchObject({ sequence: 1000 });
    expect(report.counts.skipped).toMatchObject({ ownership: 1000, view: 20, function: 20, set: 1, select: 1 });
    expect(parseDocument(JSON.parse(JSON.stringify(document))).ok).toBe(true);
  });
});
