import { z } from 'zod';
import { Id } from './ids';
import { SqlName } from './names';

export const ReferentialAction = z.enum(['NO ACTION', 'RESTRICT', 'CASCADE', 'SET NULL', 'SET DEFAULT']);
export type ReferentialAction = z.infer<typeof ReferentialAction>;

/**
 * A foreign key: `from` columns reference `to` columns (the parent's primary key or
 * a unique constraint). Cardinality is read from the parent side: one parent row,
 * one (1:1) or many (1:N) children. Whether the link is optional is not stored: it
 * follows from the nullability of the `from` columns, so it cannot drift.
 * Many-to-many is a junction table holding two of these (see `Table.junction`).
 */
export const Relationship = z.strictObject({
  id: Id,
  name: SqlName.nullable().default(null),
  fromTableId: Id,
  fromColumnIds: z.array(Id).min(1, 'a foreign key needs at least one column'),
  toTableId: Id,
  toColumnIds: z.array(Id).min(1, 'a foreign key must reference at least one column'),
  cardinality: z.enum(['1:1', '1:N']).default('1:N'),
  onDelete: ReferentialAction.default('NO ACTION'),
  onUpdate: ReferentialAction.default('NO ACTION'),
  deferrable: z.enum(['not_deferrable', 'initially_immediate', 'initially_deferred']).default('not_deferrable'),
  matchFull: z.boolean().default(false),
});
export type Relationship = z.infer<typeof Relationship>;
export type RelationshipInput = z.input<typeof Relationship>;
