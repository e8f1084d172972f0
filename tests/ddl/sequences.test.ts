import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diff } from '../../lib/ddl/diff';
import { emitAll } from '../../lib/ddl/emit';
import type { DiagramDocument } from '../../lib/model/document';
import { FIXTURES } from '../support/documents';
import { openPglite18, type TestDatabase } from '../support/databases';
import { catalogVsDocument, execAll, upAndDown } from '../support/roundtrip';

/** Standalone sequences: operations and SQL for create, change, owner release and drop, run on PGlite 18. */
const base = (): DiagramDocument => FIXTURES.find((f) => f.name === 'standalone sequences')!.build();

function edited(before: DiagramDocument): DiagramDocument {
  const doc = structuredClone(before);
  const seq = (name: string) => doc.sequences.find((q) => q.name === name)!;
  Object.assign(seq('invoice_number'), { name: 'invoice_no', increment: 5, maxValue: null, start: null, comment: '' });
  // PostgreSQL's default follows the renamed sequence (it holds its oid); the document's default text is SQL, so it is edited too.
  doc.tables.find((t) => t.name === 'invoices')!.columns.find((c) => c.name === 'number')!.default = "nextval('billing.invoice_no'::regclass)";
  // The owning column goes away, the sequence stays: it must be released first or PostgreSQL drops it with the column.
  const tickets = doc.tables.find((t) => t.name === 'tickets')!;
  tickets.columns = tickets.columns.filter((c) => c.name !== 'countdown');
  seq('countdown_seq').ownedBy = null;
  doc.sequences.push({
    id: 'seq_new', schemaId: 'sch_public', name: 'fresh_seq', dataType: 'smallint', start: null, increment: 1,
    minValue: null, maxValue: 500, cache: 1, cycle: false, ownedBy: null, comment: 'New.',
  });
  return doc;
}

describe('sequences in the DDL', () => {
  let db: TestDatabase;
  beforeAll(async () => { db = await openPglite18(); });
  afterAll(async () => { await db?.close(); });

  it('creates sequences before the tables that call them, owns them after, drops them after the tables', () => {
    const doc = base();
    const { up, down } = upAndDown(doc);
    const sql = up.map((s) => s.sql);
    const createSeq = sql.findIndex((s) => s.startsWith('CREATE SEQUENCE "billing"."invoice_number"'));
    expect(sql[createSeq]).toBe('CREATE SEQUENCE "billing"."invoice_number" INCREMENT BY 10 MINVALUE 100 MAXVALUE 9999999999 START WITH 1000 CACHE 20;');
    expect(sql).toContain('CREATE SEQUENCE "billing"."countdown_seq" AS smallint INCREMENT BY -1 CYCLE;');
    expect(sql).toContain('CREATE SEQUENCE "public"."invoice_ids" AS integer;');
    expect(createSeq).toBeLessThan(sql.findIndex((s) => s.startsWith('CREATE TABLE')));
    const owned = sql.indexOf('ALTER SEQUENCE "public"."invoice_ids" OWNED BY "public"."invoices"."id";');
    expect(owned).toBeGreaterThan(sql.findIndex((s) => s.startsWith('CREATE TABLE "public"."invoices"')));
    expect(sql).toContain('COMMENT ON SEQUENCE "billing"."invoice_number" IS \'Printed invoice numbers.\';');
    const downSql = down.map((s) => s.sql);
    expect(downSql.indexOf('DROP SEQUENCE IF EXISTS "public"."invoice_ids";')).toBeGreaterThan(downSql.indexOf('DROP TABLE "public"."invoices";'));
    expect(downSql).toContain('DROP SEQUENCE "billing"."invoice_number";');
    expect(down.find((s) => s.sql === 'DROP SEQUENCE "billing"."invoice_number";')).toMatchObject({ hazards: ['IRREVERSIBLE', 'BREAKS_RUNNING_CLIENTS'] });
  });

  it('diffs by id: rename, option changes, owner release before the column drop, a new one; the catalog matches', async () => {
    const before = base();
    const after = edited(before);
    const ops = diff(before, after);
    if (!ops.ok) throw new Error(JSON.stringify(ops.error));
    const kinds = ops.value.map((op) => op.kind);
    expect(ops.value).toContainEqual({ kind: 'rename_sequence', sequence: { schema: 'billing', name: 'invoice_number' }, to: 'invoice_no' });
    expect(ops.value).toContainEqual({
      kind: 'alter_sequence', sequence: { schema: 'billing', name: 'invoice_no' },
      from: { start: 1000, increment: 10, maxValue: 9_999_999_999 }, to: { start: 100, increment: 5, maxValue: null },
    });
    expect(kinds.indexOf('set_sequence_owner')).toBe(0);
    expect(kinds.indexOf('set_sequence_owner')).toBeLessThan(kinds.indexOf('drop_column'));
    const statements = emitAll(ops.value).map((s) => s.sql);
    expect(statements).toContain('ALTER SEQUENCE "billing"."countdown_seq" OWNED BY NONE;');
    expect(statements).toContain('ALTER SEQUENCE "billing"."invoice_no" INCREMENT BY 5 NO MAXVALUE START WITH 100;');
    expect(statements).toContain('CREATE SEQUENCE "public"."fresh_seq" AS smallint MAXVALUE 500;');
    expect(statements).toContain('COMMENT ON SEQUENCE "billing"."invoice_no" IS NULL;');

    await execAll(db, upAndDown(before).up);
    await execAll(db, emitAll(ops.value));
    const { actual, expected } = await catalogVsDocument(db, after);
    expect(actual).toEqual(expected);
    await execAll(db, upAndDown(after).down);
  });
});
