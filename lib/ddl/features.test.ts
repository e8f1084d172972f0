import { describe, expect, it } from 'vitest';
import { DiagramBuilder } from '../model/builder';
import { ecommerceTemplate } from '../templates/ecommerce';
import { createStatements } from './generate';
import { renderScript } from './statement';

function membershipDoc(version: number) {
  const b = new DiagramBuilder('nnd', { readableIds: true, postgresVersion: version });
  b.table('memberships', (t) => t.column('org_id', 'bigint').column('email', 'text').unique('org_id', 'email'));
  const doc = b.build();
  doc.tables[0]!.uniques[0]!.nullsNotDistinct = true;
  return doc;
}

describe('version feature map', () => {
  it('refuses NULLS NOT DISTINCT for a PostgreSQL 14 target with a typed error naming the constraint', () => {
    const result = createStatements(membershipDoc(14));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual([{
      kind: 'feature_unavailable', feature: 'nullsNotDistinct', object: 'public.memberships constraint memberships_org_id_email_key',
      neededVersion: 15, targetVersion: 14,
      message: 'NULLS NOT DISTINCT needs PostgreSQL 15 or later, but the diagram targets PostgreSQL 14; raise the target version or remove it',
    }]);
  });

  it('emits NULLS NOT DISTINCT for a PostgreSQL 15 target', () => {
    const result = createStatements(membershipDoc(15));
    expect(result.ok && result.value[0]!.sql).toContain('CONSTRAINT "memberships_org_id_email_key" UNIQUE NULLS NOT DISTINCT ("org_id", "email")');
  });

  it('allows uuidv7() only from PostgreSQL 18, and not when it is inside a string', () => {
    const doc = (version: number, expression: string) => {
      const b = new DiagramBuilder('v7', { readableIds: true, postgresVersion: version });
      b.table('things', (t) => t.column('id', 'uuid', { nullable: false, default: expression }));
      return b.build();
    };
    const on17 = createStatements(doc(17, 'uuidv7()'));
    expect(!on17.ok && on17.error.map((e) => [e.kind, e.object, e.kind === 'feature_unavailable' && e.neededVersion])).toEqual([
      ['feature_unavailable', 'public.things.id', 18],
    ]);
    expect(createStatements(doc(18, 'uuidv7()')).ok).toBe(true);
    expect(createStatements(doc(17, "'uuidv7()'::text::uuid")).ok).toBe(true);
  });

  it('writes generated columns with an explicit STORED (PostgreSQL 18 defaults to VIRTUAL)', () => {
    const b = new DiagramBuilder('gen', { readableIds: true, postgresVersion: 18 });
    b.table('items', (t) => t.column('data', 'jsonb', { nullable: false }).column('sku', 'text', { generated: "data->>'sku'" }));
    const result = createStatements(b.build());
    expect(result.ok && result.value[0]!.sql).toContain(`"sku" text GENERATED ALWAYS AS (data->>'sku') STORED`);
  });

  it('produces byte-identical SQL for the same document, and for a copy of it', () => {
    const doc = ecommerceTemplate();
    const first = createStatements(doc);
    const second = createStatements(structuredClone(doc));
    expect(first.ok && second.ok).toBe(true);
    if (first.ok && second.ok) expect(renderScript(second.value)).toBe(renderScript(first.value));
  });
});

describe('rules checked before emitting', () => {
  it('rejects a primary key on a partitioned table that leaves out the partition key', () => {
    const b = new DiagramBuilder('p', { readableIds: true });
    b.table('events', (t) => {
      t.column('id', 'bigint', { nullable: false }).column('at', 'timestamptz', { nullable: false }).primaryKey('id');
      t.table.partitioning = { strategy: 'range', key: [{ columnId: t.col('at').id, expression: null }], partitions: [] };
    });
    const result = createStatements(b.build());
    expect(!result.ok && result.error).toEqual([{
      kind: 'partition_key_not_in_constraint', object: 'public.events', constraint: 'events_pkey', missingColumns: ['at'],
      message: 'the primary key "events_pkey" must include the partition key column "at", because PostgreSQL enforces uniqueness per partition',
    }]);
  });

  it('rejects an HNSW index on vector(3072) and suggests a halfvec expression index', () => {
    const b = new DiagramBuilder('v', { readableIds: true });
    b.table('docs', (t) => t.column('embedding', 'vector(3072)').index('docs_embedding_idx', ['embedding'], { method: 'hnsw' }));
    const result = createStatements(b.build());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error[0]).toMatchObject({ kind: 'vector_index_dimensions', index: 'docs_embedding_idx', dimensions: 3072, limit: 2000 });
    expect(result.error[0]!.message).toContain('USING hnsw ((embedding::halfvec(3072)) halfvec_cosine_ops)');
  });

  it('rejects a halfvec index above 4,000 dimensions, also through an expression cast', () => {
    const b = new DiagramBuilder('v', { readableIds: true });
    b.table('docs', (t) => t.column('embedding', 'vector(5000)').index('docs_half_idx', ['(embedding::halfvec(5000))'], { method: 'ivfflat' }));
    const result = createStatements(b.build());
    expect(!result.ok && result.error[0]).toMatchObject({ kind: 'vector_index_dimensions', dimensions: 5000, limit: 4000 });
  });

  it('rejects a foreign key from a logged table to an unlogged one (found by the random-document property test)', () => {
    const b = new DiagramBuilder('u', { readableIds: true });
    b.table('cache', (t) => t.column('id', 'bigint', { nullable: false }).primaryKey('id'));
    b.table('orders', (t) => t.column('cache_id', 'bigint'));
    b.foreignKey('orders', ['cache_id'], 'cache', ['id']);
    const doc = b.build();
    doc.tables[0]!.unlogged = true;
    const result = createStatements(doc);
    expect(!result.ok && result.error.map((e) => [e.kind, e.object])).toEqual([['invalid_foreign_key', 'public.orders']]);
  });
});
