import { z } from 'zod';
import { Id } from './ids';
import { Comment, SqlName } from './names';
import {
  CheckConstraint, Column, Index, Partitioning, PrimaryKey, UniqueConstraint,
} from './table-parts';
import { AccessPattern, FunctionalDependency, Volume } from './requirements';

export const Table = z.strictObject({
  id: Id,
  schemaId: Id,
  name: SqlName,
  comment: Comment,
  columns: z.array(Column).default([]),
  primaryKey: PrimaryKey.nullable().default(null),
  uniques: z.array(UniqueConstraint).default([]),
  checks: z.array(CheckConstraint).default([]),
  indexes: z.array(Index).default([]),
  partitioning: Partitioning.nullable().default(null),
  unlogged: z.boolean().default(false),
  /**
   * Set on the junction table of an N:M relationship: the two foreign keys that
   * make it up. The canvas draws it as one many-to-many link.
   */
  junction: z.strictObject({ relationshipIds: z.tuple([Id, Id]) }).nullable().default(null),
  dependencies: z.array(FunctionalDependency).default([]),
  accessPatterns: z.array(AccessPattern).default([]),
  volume: Volume.nullable().default(null),
});
export type Table = z.infer<typeof Table>;
export type TableInput = z.input<typeof Table>;
