import { DiagramBuilder } from '../../lib/model/builder';
import type { DiagramDocument } from '../../lib/model/document';
import { ecommerceTemplate } from '../../lib/templates/ecommerce';

/**
 * The documents every DDL integration test runs: each exercises a part of the
 * generator on real PostgreSQL. `vector` marks those that need pgvector (the
 * PostgreSQL 15 server does not have it); `minVersion` the oldest server they run on.
 */
export interface Fixture {
  readonly name: string;
  readonly vector: boolean;
  readonly minVersion: number;
  readonly build: () => DiagramDocument;
}

function rag(): DiagramDocument {
  const b = new DiagramBuilder('RAG documents', { readableIds: true });
  b.table('documents', (t) => t
    .column('id', 'bigint', { identity: 'always' })
    .column('source_url', 'text', { nullable: false })
    .column('chunk', 'text', { nullable: false })
    .column('embedding', 'vector(1536)', { nullable: false })
    .column('created_at', 'timestamptz', { nullable: false, default: 'now()' })
    .primaryKey('id')
    .index('documents_embedding_hnsw_idx', ['embedding'], { method: 'hnsw', with: { m: 16, ef_construction: 64 } })
    .index('documents_embedding_ivfflat_idx', ['embedding vector_ip_ops'], { method: 'ivfflat', with: { lists: 100 } })
    .accessPattern({ name: 'nearest chunks', similarity: { columnId: 'col_documents_embedding', distance: 'cosine', k: 10 }, limit: 10 })
    .comment('Chunks of source documents with their embeddings.'));
  b.table('big_embeddings', (t) => t
    .column('id', 'bigint', { identity: 'by_default' })
    .column('embedding', 'vector(3072)')
    .column('half', 'halfvec(3000)')
    .primaryKey('id')
    .index('big_embeddings_half_idx', ['(embedding::halfvec(3072)) halfvec_cosine_ops'], { method: 'hnsw' })
    .index('big_embeddings_half_l2_idx', ['half'], { method: 'hnsw' }));
  return b.build();
}

function monthlyEvents(): DiagramDocument {
  const b = new DiagramBuilder('Events by month', { readableIds: true });
  b.table('events', (t) => {
    t.column('id', 'bigint', { identity: 'always' })
      .column('occurred_at', 'timestamptz', { nullable: false, default: 'now()' })
      .column('kind', 'text', { nullable: false })
      .column('payload', 'jsonb', { nullable: false, default: "'{}'::jsonb" })
      .primaryKey('id', 'occurred_at')
      .index('events_occurred_at_brin_idx', ['occurred_at'], { method: 'brin', with: { pages_per_range: 32 } })
      .index('events_kind_occurred_at_idx', ['kind', 'occurred_at DESC']);
    t.table.partitioning = {
      strategy: 'range',
      key: [{ columnId: t.col('occurred_at').id, expression: null }],
      partitions: [
        { id: 'part_2025_01', name: 'events_2025_01', bound: { kind: 'range', from: ['2025-01-01'], to: ['2025-02-01'] }, comment: 'January 2025' },
        { id: 'part_2025_02', name: 'events_2025_02', bound: { kind: 'range', from: ["'2025-02-01'"], to: ["'2025-03-01'"] }, comment: '' },
        { id: 'part_default', name: 'events_default', bound: { kind: 'default' }, comment: '' },
      ],
    };
  });
  return b.build();
}

function listAndHash(): DiagramDocument {
  const b = new DiagramBuilder('List and hash partitions', { readableIds: true, postgresVersion: 15 });
  b.table('customers', (t) => {
    t.column('id', 'bigint', { nullable: false }).column('region', 'text', { nullable: false }).column('name', 'text')
      .primaryKey('id', 'region').index('customers_name_idx', ['name']);
    t.table.partitioning = {
      strategy: 'list', key: [{ columnId: t.col('region').id, expression: null }],
      partitions: [
        { id: 'part_eu', name: 'customers_eu', bound: { kind: 'list', values: ['eu', 'uk'] }, comment: '' },
        { id: 'part_us', name: 'customers_us', bound: { kind: 'list', values: ['us'] }, comment: '' },
        { id: 'part_other', name: 'customers_other', bound: { kind: 'default' }, comment: '' },
      ],
    };
  });
  b.table('tenant_rows', (t) => {
    t.column('tenant_id', 'integer', { nullable: false }).column('id', 'bigint', { nullable: false }).column('body', 'text')
      .primaryKey('tenant_id', 'id');
    t.table.partitioning = {
      strategy: 'hash', key: [{ columnId: t.col('tenant_id').id, expression: null }],
      partitions: [0, 1, 2, 3].map((r) => ({ id: `part_t${r}`, name: `tenant_rows_p${r}`, bound: { kind: 'hash' as const, modulus: 4, remainder: r }, comment: '' })),
    };
  });
  return b.build();
}

function jsonbAndTypes(): DiagramDocument {
  const b = new DiagramBuilder('JSONB, enums and domains', { readableIds: true, postgresVersion: 15 });
  const sales = b.schema('sales');
  b.enum('order_state', ['new', 'paid', 'void'], 'sales');
  b.enum('Mood', ['happy', 'sad']);
  const doc0 = b.build();
  void doc0;
  b.table('products', (t) => t
    .column('id', 'uuid', { nullable: false, default: 'gen_random_uuid()' })
    .column('data', 'jsonb', { nullable: false })
    .column('sku', 'text', { generated: "data->>'sku'" })
    .column('price', 'numeric(10,2)', { generated: "(data->>'price')::numeric" })
    .column('state', b.enumType('order_state'), { nullable: false, default: "'new'" })
    .column('mood', b.enumType('Mood'))
    .column('tags', 'text[]', { default: "'{}'" })
    .column('title', 'varchar(200)')
    .column('at', 'timestamptz(3)')
    .primaryKey('id')
    .check("char_length(title) > 0")
    .check('price >= 0 AND price < 1000000')
    .index('products_sku_idx', ['sku'])
    .index('products_data_gin_idx', ['data jsonb_path_ops'], { method: 'gin' })
    .index('products_data_active_gin_idx', ['data'], { method: 'gin', where: "state = 'paid'" })
    .index('products_title_lower_idx', ['(lower(title))', 'at DESC NULLS LAST'], { include: ['price'] }), { schema: 'sales' });
  const doc = b.build();
  doc.schemas.find((s) => s.id === sales)!.comment = 'Everything we sell.';
  doc.enums[0]!.comment = 'Lifecycle of an order.';
  doc.domains.push({
    id: 'dom_email', schemaId: sales, name: 'email', baseType: { kind: 'base', name: 'text', modifiers: [], arrayDims: 0 },
    notNull: false, default: null, checks: [{ id: 'chk_email', name: null, expression: "VALUE ~ '^[^@]+@[^@]+$'" }], comment: 'An e-mail address.',
  });
  doc.domains.push({
    id: 'dom_positive', schemaId: 'sch_public', name: 'positive_amount', baseType: { kind: 'base', name: 'numeric', modifiers: [12, 2], arrayDims: 0 },
    notNull: true, default: '0', checks: [{ id: 'chk_positive', name: 'positive_amount_nonneg', expression: 'VALUE >= 0' }], comment: '',
  });
  const products = doc.tables[0]!;
  products.columns.push({
    id: 'col_contact', name: 'contact', type: { kind: 'domain', domainId: 'dom_email', arrayDims: 0 }, nullable: true, default: null,
    identity: null, generated: null, collation: null, comment: 'Who to ask.', snapshotOf: null,
  });
  products.columns.push({
    id: 'col_code', name: 'code', type: { kind: 'base', name: 'text', modifiers: [], arrayDims: 0 }, nullable: true, default: null,
    identity: null, generated: null, collation: 'C', comment: '', snapshotOf: null,
  });
  products.indexes[0]!.comment = 'Hot JSON field promoted to a column.';
  return doc;
}

function quotedNames(): DiagramDocument {
  const b = new DiagramBuilder('Quoted names', { readableIds: true });
  b.schema('Billing');
  b.table('Order', (t) => t
    .column('ID', 'bigint', { identity: 'always' })
    .column('user', 'text', { nullable: false })
    .column('select', 'integer')
    .column('weird "name"', 'text', { comment: "it's quoted" })
    .primaryKey('ID')
    .unique('user', 'select')
    .check('"select" > 0')
    .index('Order by user', ['user', '(upper("weird ""name"""))']), { schema: 'Billing', comment: 'A reserved word as a table name.' });
  b.table('group', (t) => t.column('id', 'integer', { nullable: false }).column('Order_ID', 'bigint').primaryKey('id'), { schema: 'Billing' });
  b.foreignKey('group', ['Order_ID'], 'Order', ['ID']);
  return b.build();
}

function cycleAndCompositeKeys(): DiagramDocument {
  const b = new DiagramBuilder('FK cycle and composite keys', { readableIds: true });
  b.table('departments', (t) => t.column('id', 'integer', { nullable: false }).column('manager_id', 'integer').primaryKey('id'));
  b.table('employees', (t) => t.column('id', 'integer', { nullable: false }).column('department_id', 'integer', { nullable: false }).primaryKey('id'));
  b.table('shipments', (t) => t
    .column('warehouse', 'text', { nullable: false }).column('number', 'integer', { nullable: false }).column('note', 'text')
    .primaryKey('warehouse', 'number'));
  b.table('shipment_lines', (t) => t
    .column('warehouse', 'text', { nullable: false }).column('number', 'integer', { nullable: false }).column('line', 'smallint', { nullable: false })
    .primaryKey('warehouse', 'number', 'line'));
  b.foreignKey('departments', ['manager_id'], 'employees', ['id'], { onDelete: 'SET NULL' });
  b.foreignKey('employees', ['department_id'], 'departments', ['id']);
  b.foreignKey('shipment_lines', ['warehouse', 'number'], 'shipments', ['warehouse', 'number'], { onDelete: 'CASCADE', onUpdate: 'CASCADE' });
  const doc = b.build();
  doc.relationships[1]!.deferrable = 'initially_deferred';
  doc.relationships[2]!.matchFull = true;
  return doc;
}

function nullsNotDistinct(): DiagramDocument {
  const b = new DiagramBuilder('NULLS NOT DISTINCT', { readableIds: true, postgresVersion: 15 });
  b.table('memberships', (t) => t
    .column('id', 'bigint', { identity: 'always' }).column('org_id', 'bigint').column('email', 'text')
    .primaryKey('id').unique('org_id', 'email')
    .index('memberships_email_uq', ['email'], { unique: true }));
  const doc = b.build();
  doc.tables[0]!.uniques[0]!.nullsNotDistinct = true;
  doc.tables[0]!.indexes[0]!.nullsNotDistinct = true;
  return doc;
}

/** pg_dump-style serial columns: standalone sequences, nextval defaults, OWNED BY, non-default options. */
function sequences(): DiagramDocument {
  const b = new DiagramBuilder('Standalone sequences', { readableIds: true });
  b.table('invoices', (t) => t
    .column('id', 'integer', { nullable: false, default: "nextval('invoice_ids'::regclass)" })
    .column('number', 'bigint', { nullable: false, default: "nextval('billing.invoice_number'::regclass)" })
    .primaryKey('id'));
  b.table('tickets', (t) => t
    .column('id', 'bigint', { identity: 'always' }).column('countdown', 'smallint', { default: "nextval('billing.countdown_seq'::regclass)" })
    .primaryKey('id'), { schema: 'billing' });
  // Not named invoices_id_seq: a sequence exactly like the one `serial` creates is read back as a serial column.
  b.sequence('invoice_ids', { dataType: 'integer', ownedBy: 'invoices.id' });
  b.sequence('invoice_number', { schema: 'billing', start: 1000, increment: 10, minValue: 100, maxValue: 9_999_999_999, cache: 20, comment: 'Printed invoice numbers.' });
  b.sequence('countdown_seq', { schema: 'billing', dataType: 'smallint', increment: -1, cycle: true, ownedBy: 'tickets.countdown' });
  return b.build();
}

export const FIXTURES: readonly Fixture[] = [
  { name: 'e-commerce template', vector: false, minVersion: 13, build: ecommerceTemplate },
  { name: 'pgvector RAG documents', vector: true, minVersion: 13, build: rag },
  { name: 'events partitioned by month', vector: false, minVersion: 13, build: monthlyEvents },
  { name: 'list and hash partitions', vector: false, minVersion: 13, build: listAndHash },
  { name: 'JSONB, enums and domains', vector: false, minVersion: 13, build: jsonbAndTypes },
  { name: 'quoted mixed-case and reserved names', vector: false, minVersion: 13, build: quotedNames },
  { name: 'FK cycle and composite keys', vector: false, minVersion: 13, build: cycleAndCompositeKeys },
  { name: 'NULLS NOT DISTINCT', vector: false, minVersion: 15, build: nullsNotDistinct },
  { name: 'standalone sequences', vector: false, minVersion: 13, build: sequences },
];
