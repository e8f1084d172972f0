import { DiagramBuilder } from '../model/builder';
import type { DiagramDocument } from '../model/document';

/**
 * Retrieval-augmented generation storage: source documents split into chunks,
 * each chunk with an embedding (OpenAI text-embedding-3-small, 1,536 dimensions)
 * under an HNSW cosine index, and a GIN index for metadata filters.
 */
export function ragTemplate(): DiagramDocument {
  const b = new DiagramBuilder('RAG documents with embeddings', { readableIds: true });
  b.extension('vector');
  b.table('documents', (t) => t
    .column('id', 'bigint', { identity: 'always' })
    .column('source_uri', 'text', { nullable: false })
    .column('title', 'text', { nullable: false })
    .column('metadata', 'jsonb', { nullable: false, default: "'{}'::jsonb" })
    .column('created_at', 'timestamptz', { nullable: false, default: 'now()' })
    .primaryKey('id')
    .unique('source_uri')
    .index('documents_metadata_idx', ['metadata jsonb_path_ops'], { method: 'gin' })
    .volume(100_000, 5_000));
  b.table('chunks', (t) => t
    .column('id', 'bigint', { identity: 'always' })
    .column('document_id', 'bigint', { nullable: false })
    .column('ordinal', 'integer', { nullable: false })
    .column('content', 'text', { nullable: false })
    .column('token_count', 'integer', { nullable: false })
    .column('embedding', 'vector(1536)', { nullable: false, comment: 'OpenAI text-embedding-3-small' })
    .primaryKey('id')
    .unique('document_id', 'ordinal')
    .index('chunks_embedding_hnsw_idx', ['embedding vector_cosine_ops'], { method: 'hnsw', with: { m: 16, ef_construction: 64 } })
    .volume(5_000_000, 250_000)
    .accessPattern({ name: 'nearest chunks to a question', similarity: { columnId: '', distance: 'cosine', k: 10 }, limit: 10, frequency: { count: 20, per: 'second' } })
    .comment('One row per chunk of a document, with its embedding.'));
  b.foreignKey('chunks', ['document_id'], 'documents', ['id'], { onDelete: 'CASCADE' });
  b.position('documents', 0, 0).position('chunks', 380, 0);
  const doc = b.build();
  const chunks = doc.tables.find((t) => t.name === 'chunks')!;
  const embedding = chunks.columns.find((c) => c.name === 'embedding')!;
  chunks.accessPatterns[0]!.similarity = { columnId: embedding.id, distance: 'cosine', k: 10 };
  return doc;
}
