import { z } from 'zod';
import { VERSION_KINDS } from './history-dto';

/** Requests of the history endpoints (versions, restore, compare). */

/** POST /api/diagrams/:id/versions { label? } — a named version of the diagram as it is now. */
export const SaveVersionRequest = z.strictObject({
  label: z.string().trim().max(200, 'label is at most 200 characters').optional(),
});
export type SaveVersionRequest = z.output<typeof SaveVersionRequest>;

/** POST /api/diagrams/:id/versions/:version/restore — no fields; the body may be left out. */
export const RestoreRequest = z.strictObject({});

/** GET /api/diagrams/:id/versions?kind=named|checkpoint */
export const ListVersionsQuery = z.strictObject({
  kind: z.enum(VERSION_KINDS, { error: 'kind is "named" or "checkpoint"' }).optional(),
});
export type ListVersionsQuery = z.output<typeof ListVersionsQuery>;

/** `current` (the diagram as saved now) or a saved version number. */
export const CompareRef = z.union([
  z.literal('current'),
  z.string().regex(/^[1-9]\d{0,9}$/, 'compare "current" or a saved version number').transform(Number)
    .refine((n) => n <= 2_147_483_647, 'no such version number'),
], { error: 'compare "current" or a saved version number' });
export type CompareRef = 'current' | number;

/** GET /api/diagrams/:id/compare?from=<version|current>&to=<version|current>&pg=13…18&safe=true|false */
export const CompareQuery = z.strictObject({
  from: CompareRef,
  to: CompareRef.default('current'),
  /** Target PostgreSQL major version of the migration; default the `to` document's. */
  pg: z.enum(['13', '14', '15', '16', '17', '18'], { error: 'pg is a PostgreSQL major version from 13 to 18' }).transform(Number).optional(),
  safe: z.enum(['true', 'false', '1', '0'], { error: 'safe is true, false, 1 or 0' }).transform((v) => v === 'true' || v === '1').default(true),
});
export type CompareQuery = z.output<typeof CompareQuery>;
