import { z } from 'zod';
import { Area, Layout, Note, NodeLayout } from './canvas';
import { ColumnType } from './column-type';
import { CURRENT_FORMAT_VERSION, DiagramDocument, PostgresVersion, SUPPORTED_POSTGRES_VERSIONS } from './document';
import { AcceptedException } from './exceptions';
import { Id } from './ids';
import { SqlExpression, SqlName } from './names';
import { Relationship } from './relationship';
import { AccessPattern, FunctionalDependency, Volume } from './requirements';
import { Table } from './table';
import {
  CheckConstraint, Column, Index, IndexKey, Partition, PartitionBound, Partitioning, PrimaryKey, UniqueConstraint,
} from './table-parts';
import { DomainType, EnumType, Extension, NamespaceSchema } from './types';

export const DIAGRAM_JSON_SCHEMA_ID = `https://tablecraft.dev/schema/diagram-v${CURRENT_FORMAT_VERSION}.json`;

type JsonSchema = Record<string, unknown>;

/**
 * Named building blocks: each becomes an entry of `$defs` instead of being inlined
 * at every use, so the published schema reads like the model files. A local
 * registry keeps these names out of zod's global registry.
 */
const DEFINITIONS: readonly [z.ZodType, string, string][] = [
  [Id, 'Id', 'A stable id. Names are attributes; the id never changes, so a rename stays a rename.'],
  [SqlName, 'SqlName', 'A PostgreSQL object name, 1–63 bytes. Any characters; the generator quotes them.'],
  [SqlExpression, 'SqlExpression', 'A SQL expression, emitted as written (defaults, checks, predicates).'],
  [NamespaceSchema, 'Schema', 'A PostgreSQL schema (namespace), e.g. "public".'],
  [Extension, 'Extension', 'A PostgreSQL extension the design needs, e.g. "vector".'],
  [EnumType, 'EnumType', 'An enum type; values carry ids so a renamed label is a RENAME VALUE.'],
  [DomainType, 'DomainType', 'A domain: a base type with NOT NULL, default and checks.'],
  [ColumnType, 'ColumnType', 'A catalog type with modifiers, an enum or domain by id, or a custom type spelled in SQL.'],
  [Column, 'Column', 'A column of a table.'],
  [PrimaryKey, 'PrimaryKey', 'The primary key: column ids in key order.'],
  [UniqueConstraint, 'UniqueConstraint', 'A UNIQUE constraint.'],
  [CheckConstraint, 'CheckConstraint', 'A CHECK constraint.'],
  [IndexKey, 'IndexKey', 'One key of an index: either a column (columnId) or an expression, never both.'],
  [Index, 'Index', 'An index; storage parameters such as m, ef_construction or lists go in "with".'],
  [PartitionBound, 'PartitionBound', 'The bound of one partition: range, list, hash or default.'],
  [Partition, 'Partition', 'One partition of a partitioned table.'],
  [Partitioning, 'Partitioning', 'How a table is partitioned, and its partitions.'],
  [FunctionalDependency, 'FunctionalDependency', 'A declared functional dependency: determinant columns fix dependent columns.'],
  [AccessPattern, 'AccessPattern', 'A named query the application runs; index advice is derived from these.'],
  [Volume, 'Volume', 'How many rows a table holds now and how fast it grows.'],
  [Table, 'Table', 'A table with its columns, constraints, indexes, partitioning and requirements.'],
  [Relationship, 'Relationship', 'A foreign key. Optionality follows from the nullability of the referencing columns.'],
  [Note, 'Note', 'A sticky note on the canvas.'],
  [Area, 'Area', 'A coloured group of tables on the canvas.'],
  [NodeLayout, 'NodeLayout', 'Where a table, note or area sits on the canvas.'],
  [Layout, 'Layout', 'Canvas positions, keyed by the id of a table, note or area; kept apart from the schema.'],
  [AcceptedException, 'AcceptedException', 'A finding the team accepted, with a written justification.'],
];

/**
 * The JSON Schema (draft 2020-12) of the diagram document, generated from the zod
 * schema in its input form: fields with defaults are optional, exactly as
 * `parseDocument` accepts them. Cross-reference rules (ids that must exist, names
 * that must be unique) cannot be said in JSON Schema; `parseDocument` checks them.
 */
export function diagramJsonSchema(): JsonSchema {
  const registry = z.registry<{ id: string; description: string }>();
  for (const [schema, id, description] of DEFINITIONS) registry.add(schema, { id, description });
  const generated = z.toJSONSchema(DiagramDocument, {
    io: 'input',
    target: 'draft-2020-12',
    metadata: registry,
    override: ({ zodSchema, jsonSchema }) => {
      // The version check is a refinement, which JSON Schema cannot see; say it as an enum.
      if (zodSchema !== PostgresVersion) return;
      jsonSchema.enum = [...SUPPORTED_POSTGRES_VERSIONS];
      delete jsonSchema.minimum;
      delete jsonSchema.maximum;
    },
  }) as JsonSchema;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: DIAGRAM_JSON_SCHEMA_ID,
    title: 'Tablecraft diagram document',
    description:
      `A PostgreSQL schema design: schemas, types, tables, relationships, requirements, accepted exceptions and canvas layout (format version ${CURRENT_FORMAT_VERSION}). ` +
      'Ids must be unique and every reference must point at an existing object; those rules are checked by Tablecraft, not by this schema.',
    ...rest,
  };
}

/** The schema as committed in `docs/diagram.schema.json`: two-space indent, final newline. */
export function diagramJsonSchemaText(): string {
  return `${JSON.stringify(diagramJsonSchema(), null, 2)}\n`;
}
