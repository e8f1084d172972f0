/**
 * Reasons the generator refuses a document. Each names the object at fault (as
 * the user sees it, e.g. `public.events`) and says what would make it work.
 */
export type DdlError =
  | {
      kind: 'feature_unavailable';
      feature: string;
      object: string;
      neededVersion: number;
      targetVersion: number;
      message: string;
    }
  | {
      kind: 'partition_key_not_in_constraint';
      object: string;
      constraint: string;
      missingColumns: string[];
      message: string;
    }
  | {
      kind: 'vector_index_dimensions';
      object: string;
      index: string;
      dimensions: number;
      limit: number;
      message: string;
    }
  | { kind: 'broken_reference'; object: string; message: string }
  /** A generated column or index expression PostgreSQL refuses because it is not immutable. */
  | { kind: 'not_immutable'; object: string; column: string; message: string }
  /** An index storage parameter outside the range its access method accepts (HNSW m, ef_construction, …). */
  | { kind: 'invalid_index_parameter'; object: string; index: string; parameter: string; message: string }
  /** The zero-downtime plan needs a value for existing rows and the document gives none. */
  | { kind: 'backfill_value_required'; object: string; column: string; message: string }
  | { kind: 'invalid_foreign_key'; object: string; constraint: string; message: string }
  /** A change the diff cannot express as ALTER statements yet; never silently turned into drop + create. */
  | { kind: 'unsupported_change'; object: string; message: string };

export function describeErrors(errors: readonly DdlError[]): string {
  return errors.map((e) => `${e.object}: ${e.message}`).join('\n');
}
