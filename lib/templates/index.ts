import type { DiagramDocument } from '../model/document';
import { emptyDocument } from '../model/empty';
import { ecommerceTemplate } from './ecommerce';
import { eventsTemplate } from './events';
import { ragTemplate } from './rag';
import { saasTemplate } from './saas';

export interface Template {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly build: () => DiagramDocument;
}

/** The template gallery offered when creating a diagram. */
export const TEMPLATES: readonly Template[] = [
  { id: 'blank', name: 'Blank diagram', description: 'An empty canvas with the public schema.', build: () => emptyDocument('Untitled diagram') },
  {
    id: 'ecommerce',
    name: 'E-commerce orders',
    description: 'Users, categories, products, orders and order items with keys, foreign keys, indexes and access patterns.',
    build: ecommerceTemplate,
  },
  {
    id: 'saas',
    name: 'Multi-tenant SaaS',
    description: 'Tenants, users, memberships with roles, and tenant-scoped projects and tasks with composite keys.',
    build: saasTemplate,
  },
  {
    id: 'events',
    name: 'Events partitioned by month',
    description: 'An append-only events table range-partitioned by month, with a default partition and a GIN index on the payload.',
    build: () => eventsTemplate(),
  },
  {
    id: 'rag',
    name: 'RAG documents with embeddings',
    description: 'Documents and chunks with vector(1536) embeddings under an HNSW cosine index (pgvector).',
    build: ragTemplate,
  },
];

export function findTemplate(id: string): Template | undefined {
  return TEMPLATES.find((template) => template.id === id);
}
