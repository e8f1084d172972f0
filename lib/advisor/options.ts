import { z } from 'zod';

const GIB = 1024 ** 3;

/**
 * Thresholds of the advisor. Every default is a rule of thumb stated where it is
 * used; callers (UI settings, `tablecraft check` flags) may override any of them.
 */
export const AdvisorOptions = z.strictObject({
  /** Memory of the server the design is for: tables projected past it within the horizon get partitioning advice. */
  ramBytes: z.number().positive().default(64 * GIB),
  /** How far ahead size projections look. */
  horizonMonths: z.number().int().min(1).max(240).default(12),
  /** Largest partition the advice aims for; default an eighth of the RAM, so a partition's hot part stays cached. */
  maxPartitionBytes: z.number().positive().nullable().default(null),
  /** Range filters on time columns of tables at least this large (and insert-mostly) get BRIN instead of B-tree. */
  brinMinRows: z.number().int().min(0).default(10_000_000),
  /** Vector similarity patterns get this index method. */
  vectorIndex: z.enum(['hnsw', 'ivfflat']).default('hnsw'),
  /** A pattern that reads at most this many columns beyond its keys… */
  coveringMaxColumns: z.number().int().min(0).max(32).default(3),
  /** …and runs at least this often (per second) gets an INCLUDE (covering) index. */
  coveringMinPerSecond: z.number().min(0).default(10),
  /** Writes per second from which a table counts as write-heavy (also when writes outnumber reads). */
  writeHeavyPerSecond: z.number().min(0).default(100),
  /** Integer keys that run out within this many months are flagged. */
  overflowHorizonMonths: z.number().int().min(1).default(120),
  /** First day of the generated range partitions (`YYYY-MM-DD`); default the first of the current month (UTC). */
  today: z.iso.date().nullable().default(null),
});
export type AdvisorOptions = z.infer<typeof AdvisorOptions>;
export type AdvisorOptionsInput = z.input<typeof AdvisorOptions>;

export const maxPartitionBytes = (o: AdvisorOptions): number => o.maxPartitionBytes ?? o.ramBytes / 8;
