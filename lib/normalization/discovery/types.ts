import { z } from 'zod';
import type { Finding } from '../findings';
import type { SampleValue } from './encode';

export const DiscoveryOptions = z.strictObject({
  /** Largest determinant searched (TANE's lattice grows as C(columns, size)). */
  maxLhs: z.number().int().min(1).max(4).default(3),
  /** Largest g3 error still reported: the fraction of rows to delete for the dependency to hold. */
  maxError: z.number().min(0).max(0.5).default(0.01),
  /**
   * Fewest tests a dependency must pass to count: rows that repeat a determinant
   * value, discounted by how often the dependent agrees by chance. A nearly
   * unique determinant "determines" anything by luck.
   */
  minEvidence: z.number().min(1).max(1_000_000).default(10),
});
export type DiscoveryOptions = z.infer<typeof DiscoveryOptions>;
export type DiscoveryOptionsInput = z.input<typeof DiscoveryOptions>;

/** Sampled rows of one table: `rows[r][k]` is the value of column `columnIds[k]`. */
export interface TableSample {
  readonly tableId: string;
  readonly columnIds: readonly string[];
  readonly rows: readonly (readonly SampleValue[])[];
}

/** Adds a functional dependency to a table's declared ones, so the normal check judges it. */
export interface DeclareDependencyFix {
  readonly kind: 'declare_dependency';
  readonly tableId: string;
  readonly determinant: string[];
  readonly dependent: string[];
  readonly note: string;
}

export interface SampleEvidence {
  readonly kind: 'exact' | 'approximate' | 'sample_key';
  readonly sampledRows: number;
  /** Rows to delete for the dependency to hold exactly (g3 as a count); 0 when exact. */
  readonly exceptions: number;
  /** g3 error: `exceptions / sampledRows`. */
  readonly error: number;
  /** Rows that repeat a determinant value: how often the sample could have broken it. */
  readonly repeats: number;
  /** `repeats` discounted by chance agreement of the dependent (what the confidence rests on). */
  readonly evidence: number;
}

/**
 * A dependency found in the data, offered like the other suggestions
 * (`inferred`, a `confidence` and a `reason`), with the sample figures behind it.
 * `Finding.code` and `Fix` do not list this code and fix kind yet, hence the
 * separate type; it has every field of a Finding.
 */
export interface DataDependencySuggestion extends Omit<Finding, 'code' | 'fix'> {
  readonly code: 'SUGGESTED_DATA_DEPENDENCY';
  readonly fix: DeclareDependencyFix;
  readonly sample: SampleEvidence;
}

export interface TableDiscovery {
  readonly tableId: string;
  readonly tableName: string;
  readonly sampledRows: number;
  readonly suggestions: DataDependencySuggestion[];
  /** Column ids (nearly) constant in the sample: they are not offered as dependents. */
  readonly constantColumnIds: string[];
  /** Lattice nodes × dependents whose g3 error was computed. */
  readonly candidatesTested: number;
}

export type DiscoveryError =
  | { readonly kind: 'table_not_found'; readonly message: string }
  | { readonly kind: 'invalid_sample'; readonly message: string };
