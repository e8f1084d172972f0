import { z } from 'zod';
import type { LiveDiscoveryOptionsInput } from './options';

/** A whole number or decimal from a query string, with the parameter name in the message. */
const numeric = (name: string) => z.string().trim().regex(/^\d+(\.\d+)?$/, `${name} must be a number`).transform(Number);

const DiscoveryQuery = z.strictObject({
  table: z.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'table must be a table id')).optional(),
  sample: numeric('sample').pipe(z.number().int('sample must be a whole number').min(10, 'sample is at least 10').max(200_000, 'sample is at most 200000')).optional(),
  maxError: numeric('maxError').pipe(z.number().max(0.5, 'maxError is at most 0.5')).optional(),
  maxLhs: numeric('maxLhs').pipe(z.number().int().min(1, 'maxLhs is at least 1').max(4, 'maxLhs is at most 4')).optional(),
  seed: numeric('seed').pipe(z.number().int().max(1_000_000, 'seed is at most 1000000')).optional(),
});

export type QueryProblem = { readonly message: string; readonly path: string };

/**
 * `?table=<id>&table=<id>&sample=10000&maxError=0.01&maxLhs=3&seed=42` → the
 * discovery options. Repeated `table` picks several tables; none means all.
 */
export function discoveryQuery(params: URLSearchParams): { ok: true; value: LiveDiscoveryOptionsInput } | { ok: false; error: QueryProblem } {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) raw[key] = key === 'table' ? params.getAll(key) : params.get(key);
  const parsed = DiscoveryQuery.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.join('.') || String((issue as { keys?: string[] }).keys?.[0] ?? '');
    const message = issue.code === 'unrecognized_keys' ? `unknown query parameter "${path}" (use table, sample, maxError, maxLhs, seed)` : issue.message;
    return { ok: false, error: { message, path } };
  }
  const q = parsed.data;
  return { ok: true, value: { tableIds: q.table, sampleSize: q.sample, maxError: q.maxError, maxLhs: q.maxLhs, seed: q.seed } };
}
