import { describe, expect, it } from 'vitest';
import { analyzeDiagram, previewAnalysisFix } from '../../lib/analysis';
import { shopDiagram } from '../analysis/fixtures';
import { ordersScenario, phonesScenario } from './scenarios';

/** The preview of a normalization fix carries the data-moving migration, not the plain diff. */
describe('previewAnalysisFix for normalization fixes', () => {
  it('copies the values before it drops the column, in steps split at transaction boundaries', () => {
    const doc = shopDiagram({ declared: true });
    const fix = analyzeDiagram(doc, { advisor: { today: '2026-01-01' } }).findings.find((f) => f.fix?.kind === 'decompose')!.fix!;
    const preview = previewAnalysisFix(doc, fix);
    if (!preview.ok) throw new Error(preview.error.message);
    const sql = preview.value.statements.map((s) => s.sql);
    const at = (pattern: RegExp) => sql.findIndex((s) => pattern.test(s));
    expect(at(/breaks the dependency/)).toBeGreaterThanOrEqual(0);
    expect(at(/breaks the dependency/)).toBeLessThan(at(/^CREATE TABLE/));
    expect(at(/^CREATE TABLE/)).toBeLessThan(at(/^INSERT INTO .* SELECT DISTINCT o\."customer_id", o\."customer_email"/));
    expect(at(/SELECT DISTINCT/)).toBeLessThan(at(/FOREIGN KEY .* NOT VALID;$/));
    expect(at(/NOT VALID/)).toBeLessThan(at(/VALIDATE CONSTRAINT/));
    expect(at(/VALIDATE CONSTRAINT/)).toBeLessThan(at(/DROP COLUMN "customer_email"/));
    // orders already has an index on customer_id: none is added.
    expect(sql.some((s) => /CREATE INDEX/.test(s))).toBe(false);
    expect(preview.value.steps?.map((s) => [s.stage, s.up.transactional])).toEqual([
      ['main', true], ['add_constraints', true], ['validate', true], ['contract', true],
    ]);
    const drop = preview.value.statements.find((s) => /DROP COLUMN/.test(s.sql))!;
    expect(drop.hazards).toContain('DELETES_DATA');
    expect(drop.hazards).not.toContain('IRREVERSIBLE');
    expect(drop.explanation).toMatch(/values now live in public\.\S+ \(copied and checked above\)/);
    expect(preview.value.steps!.at(-1)!.down.statements.map((s) => s.sql).join('\n')).toMatch(/ADD COLUMN "customer_email" text[\s\S]*UPDATE "public"\."orders" AS o SET "customer_email" = n\."customer_email"[\s\S]*SET NOT NULL/);
  });

  it('adds an index on the new foreign key when the table has none, to the document and as CREATE INDEX CONCURRENTLY', () => {
    const s = ordersScenario();
    const preview = previewAnalysisFix(s.before, s.fix);
    if (!preview.ok) throw new Error(preview.error.message);
    const orders = preview.value.document.tables.find((t) => t.name === 'orders')!;
    expect(orders.indexes.map((i) => i.name)).toEqual(['orders_customer_id_idx']);
    const build = preview.value.steps!.find((x) => x.stage === 'build_indexes')!;
    expect(build.up.transactional).toBe(false);
    expect(build.up.statements[0]!.sql).toBe('CREATE INDEX CONCURRENTLY "orders_customer_id_idx" ON "public"."orders" USING btree ("customer_id");');
  });

  it('moves a repeating group with CROSS JOIN LATERAL (VALUES …) in one transaction', () => {
    const s = phonesScenario();
    const preview = previewAnalysisFix(s.before, s.fix);
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.steps!.map((x) => x.stage)).toEqual(['main']);
    expect(preview.value.statements.map((x) => x.sql).join('\n')).toContain(
      'SELECT o."id", v.position, v.value FROM "public"."contacts" AS o CROSS JOIN LATERAL (VALUES (1, o."phone1"), (2, o."phone2"), (3, o."phone3")) AS v(position, value) WHERE v.value IS NOT NULL',
    );
  });
});
