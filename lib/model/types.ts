import { z } from 'zod';
import { Id } from './ids';
import { Comment, SqlExpression, SqlName } from './names';
import { ColumnType } from './column-type';

export const NamespaceSchema = z.strictObject({ id: Id, name: SqlName, comment: Comment });
export type NamespaceSchema = z.infer<typeof NamespaceSchema>;

/** Enum values carry ids so a renamed label becomes `ALTER TYPE … RENAME VALUE`. */
export const EnumType = z.strictObject({
  id: Id,
  schemaId: Id,
  name: SqlName,
  values: z.array(z.strictObject({ id: Id, name: z.string().min(1).max(63) })).min(1, 'an enum needs at least one value'),
  comment: Comment,
});
export type EnumType = z.infer<typeof EnumType>;

export const DomainType = z.strictObject({
  id: Id,
  schemaId: Id,
  name: SqlName,
  baseType: ColumnType,
  notNull: z.boolean().default(false),
  default: SqlExpression.nullable().default(null),
  checks: z.array(z.strictObject({ id: Id, name: SqlName.nullable().default(null), expression: SqlExpression })).default([]),
  comment: Comment,
});
export type DomainType = z.infer<typeof DomainType>;

export const Extension = z.strictObject({
  id: Id,
  name: z.string().regex(/^[a-z_][a-z0-9_-]*$/, 'an extension name such as "vector" or "pg_trgm"'),
  schemaId: Id.nullable().default(null),
});
export type Extension = z.infer<typeof Extension>;
