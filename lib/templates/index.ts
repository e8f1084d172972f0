import type { DiagramDocument } from '../model/document';
import { emptyDocument } from '../model/empty';
import { ecommerceTemplate } from './ecommerce';

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
];

export function findTemplate(id: string): Template | undefined {
  return TEMPLATES.find((template) => template.id === id);
}
