import { z } from 'zod';
import { Id } from './ids';

const ArrayDims = z.number().int().min(0).max(6).default(0);

/**
 * A column's type. Built-in and extension types come from the type catalog
 * (`type-catalog.ts`) by key with their modifiers; enums and domains point at
 * document objects by id, so renaming an enum does not break its columns. Anything
 * else (PostGIS `geometry(Point,4326)`, a type from an extension we do not model)
 * is kept verbatim as `custom`.
 */
export const ColumnType = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('base'),
    name: z.string().min(1),
    modifiers: z.array(z.number().int()).max(2).default([]),
    arrayDims: ArrayDims,
  }),
  z.strictObject({ kind: z.literal('enum'), enumId: Id, arrayDims: ArrayDims }),
  z.strictObject({ kind: z.literal('domain'), domainId: Id, arrayDims: ArrayDims }),
  z.strictObject({
    kind: z.literal('custom'),
    sql: z
      .string()
      .regex(
        /^[A-Za-z_][A-Za-z0-9_$ ."]*(\([A-Za-z0-9_, ]*\))?( ?\[\d*\])*$/,
        'a custom type is a type name with optional modifiers, e.g. geometry(Point,4326)',
      ),
  }),
]);
export type ColumnType = z.infer<typeof ColumnType>;
export type ColumnTypeInput = z.input<typeof ColumnType>;
