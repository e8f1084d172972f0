import { z } from 'zod';
import { Id } from './ids';
import { Comment, SqlName } from './names';

export const SEQUENCE_DATA_TYPES = ['smallint', 'integer', 'bigint'] as const;
export type SequenceDataType = (typeof SEQUENCE_DATA_TYPES)[number];

/**
 * Sequence bounds are whole numbers JSON can carry exactly. A bound PostgreSQL
 * picks by itself (the type's limit, 1 or -1) is written as null, so only
 * values the designer chose appear in the document.
 */
const SequenceValue = z.number().int().refine(Number.isSafeInteger, { message: 'a sequence value is a whole number between -(2^53 - 1) and 2^53 - 1' });

/**
 * A standalone sequence (`CREATE SEQUENCE`), usually one `serial` / pg_dump
 * schemas create and reference in a column default (`nextval('…'::regclass)`).
 * Identity columns own an implicit sequence and are NOT listed here.
 * `ownedBy` is `ALTER SEQUENCE … OWNED BY`: dropping that column drops the sequence.
 */
export const Sequence = z.strictObject({
  id: Id,
  schemaId: Id,
  name: SqlName,
  dataType: z.enum(SEQUENCE_DATA_TYPES).default('bigint'),
  /** null: the minimum value when ascending, the maximum when descending. */
  start: SequenceValue.nullable().default(null),
  increment: SequenceValue.refine((v) => v !== 0, { message: 'a sequence increment cannot be zero' }).default(1),
  /** null: 1 when ascending, the type's minimum when descending. */
  minValue: SequenceValue.nullable().default(null),
  /** null: the type's maximum when ascending, -1 when descending. */
  maxValue: SequenceValue.nullable().default(null),
  cache: SequenceValue.min(1, 'a sequence cache is at least 1').default(1),
  cycle: z.boolean().default(false),
  ownedBy: z.strictObject({ columnId: Id }).nullable().default(null),
  comment: Comment,
});
export type Sequence = z.infer<typeof Sequence>;
