import { z } from 'zod';

/** PostgreSQL truncates identifiers longer than NAMEDATALEN - 1 = 63 bytes. */
export const MAX_IDENTIFIER_BYTES = 63;

const utf8Length = (value: string) => new TextEncoder().encode(value).length;

/** A PostgreSQL object name: any characters (quoting handles them), 1–63 bytes. */
export const SqlName = z
  .string()
  .min(1, 'a name cannot be empty')
  .refine((value) => utf8Length(value) <= MAX_IDENTIFIER_BYTES, {
    message: `a PostgreSQL name is at most ${MAX_IDENTIFIER_BYTES} bytes long`,
  })
  .refine((value) => !value.includes('\u0000'), { message: 'a name cannot contain a NUL character' });

/** A SQL expression written by the user (defaults, checks, predicates). Emitted as written. */
export const SqlExpression = z
  .string()
  .trim()
  .min(1, 'an expression cannot be empty')
  .max(10_000, 'an expression is at most 10,000 characters');

export const Comment = z.string().max(10_000).default('');
