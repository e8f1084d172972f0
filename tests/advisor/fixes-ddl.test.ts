import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adviseDocument, applyAdvisorFix, type AdvisorFinding } from '../../lib/advisor';
import { createStatements } from '../../lib/ddl';
import { DiagramBuilder } from '../../lib/model/builder';
import type { DiagramDocument } from '../../lib/model/document';
import { execAll, openPglite18, type TestDatabase } from '../support/databases';

/**
 * Every fix the advisor offers on this diagram yields a document whose DDL
 * PostgreSQL 18 accepts — including the partitioning fix, whose widened keys
 * are exactly what PostgreSQL demands of a partitioned table.
 */
function messy(): DiagramDocument {
  const b = new DiagramBuilder('Messy', { readableIds: true });
  b.table('events', (t) => t
    .column('id', 'bigint', { identity: 'always' }).column('tenant_id', 'bigint', { nullable: false })
    .column('code', 'varchar(20)').column('at', 'timestamptz', { nullable: false, default: 'now()' }).column('payload', 'json')
    .primaryKey('id').unique('tenant_id', 'code').index('events_tenant_idx', ['tenant_id']).index('events_tenant_code_idx', ['tenant_id', 'code'])
    .volume(400_000_000, 30_000_000)
    .accessPattern({ name: 'window', filters: [{ column: 'at', operator: 'between' }] }));
  b.table('legacy', (t) => t.column('n', 'serial', { nullable: false }).column('seen', 'timestamp'));
  return b.build();
}

describe('advisor fixes produce valid DDL (PGlite 18)', () => {
  let db: TestDatabase;
  beforeAll(async () => { db = await openPglite18(); });
  afterAll(async () => { await db?.close(); });

  const findings = adviseDocument(messy(), { today: '2026-03-10' }).findings.filter((f): f is AdvisorFinding & { fix: NonNullable<AdvisorFinding['fix']> } => f.fix !== null);

  it('offers the fixes this diagram calls for', () => {
    expect(findings.map((f) => f.code).sort()).toEqual([
      'INDEX_DUPLICATE', 'INDEX_FOR_PATTERN', 'INDEX_REDUNDANT_PREFIX', 'PARTITION_BY_TIME_RANGE', 'TABLE_WITHOUT_PRIMARY_KEY',
      'TYPE_JSON', 'TYPE_SERIAL', 'TYPE_TIMESTAMP_WITHOUT_TZ', 'TYPE_VARCHAR_LENGTH',
    ]);
  });

  it.each(findings.map((f) => [f.code, f] as const))('%s: the fixed document creates cleanly', async (_code, finding) => {
    const fixed = applyAdvisorFix(messy(), finding.fix);
    if (!fixed.ok) throw new Error(fixed.error.message);
    const ddl = createStatements(fixed.value);
    if (!ddl.ok) throw new Error(JSON.stringify(ddl.error));
    const schema = `fix_${finding.code.toLowerCase()}`;
    await db.exec(`CREATE SCHEMA ${schema}; SET search_path = ${schema};`);
    try {
      await execAll(db, ddl.value.map((s) => ({ sql: s.sql.replace(/"public"\./g, '') })));
    } finally {
      await db.exec('SET search_path = public');
    }
    expect(ddl.value.length).toBeGreaterThan(0);
  });
});
