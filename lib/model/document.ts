import { z } from 'zod';
import { Area, Layout, Note } from './canvas';
import { AcceptedException } from './exceptions';
import { Relationship } from './relationship';
import { Sequence } from './sequence';
import { Table } from './table';
import { DomainType, EnumType, Extension, NamespaceSchema } from './types';
import { Workload } from './workload';

export const DOCUMENT_FORMAT = 'tablecraft.diagram';
export const CURRENT_FORMAT_VERSION = 1;

export const SUPPORTED_POSTGRES_VERSIONS = [13, 14, 15, 16, 17, 18] as const;
export const DEFAULT_POSTGRES_VERSION = 17;

export const PostgresVersion = z
  .number()
  .int()
  .refine((v) => (SUPPORTED_POSTGRES_VERSIONS as readonly number[]).includes(v), {
    message: `the target PostgreSQL version is one of ${SUPPORTED_POSTGRES_VERSIONS.join(', ')}`,
  });

/**
 * The diagram document, version 1. Everything the product knows about a design
 * lives here; storage, the API, the CLI and the canvas all exchange this shape.
 * Validation of cross-references (ids that must exist, names that must be unique)
 * is in `validate.ts`; this schema checks the shape of each value.
 */
export const DiagramDocument = z.strictObject({
  format: z.literal(DOCUMENT_FORMAT),
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  name: z.string().trim().min(1, 'a diagram needs a name').max(200),
  description: z.string().max(20_000).default(''),
  target: z.strictObject({ postgresVersion: PostgresVersion.default(DEFAULT_POSTGRES_VERSION) }).default({
    postgresVersion: DEFAULT_POSTGRES_VERSION,
  }),
  schemas: z.array(NamespaceSchema).min(1, 'a diagram has at least one schema (usually "public")'),
  extensions: z.array(Extension).default([]),
  enums: z.array(EnumType).default([]),
  domains: z.array(DomainType).default([]),
  sequences: z.array(Sequence).default([]),
  tables: z.array(Table).default([]),
  relationships: z.array(Relationship).default([]),
  notes: z.array(Note).default([]),
  areas: z.array(Area).default([]),
  exceptions: z.array(AcceptedException).default([]),
  // A factory, not a value: zod clones defaults shallowly, so a shared `nodes` object would leak between documents.
  layout: Layout.default(() => ({ nodes: {}, viewport: null })),
  workload: Workload.nullable().default(null),
});
export type DiagramDocument = z.infer<typeof DiagramDocument>;
export type DiagramDocumentInput = z.input<typeof DiagramDocument>;
