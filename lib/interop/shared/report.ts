/**
 * What a conversion could not carry across. Importers return warnings with the
 * line they are about; exporters return losses: one per thing the target format
 * cannot say, named by the object it belongs to. Nothing is dropped silently.
 */
export interface InteropWarning {
  /** 1-based line in the source, or null when the warning is about the file as a whole. */
  readonly line: number | null;
  readonly message: string;
}

/** What a loss is about; tests compare these with the differences a round trip shows. */
export type LossAspect =
  | 'check' | 'partitioning' | 'generated' | 'identity_kind' | 'collation' | 'unlogged'
  | 'index' | 'index_method' | 'index_include' | 'index_with' | 'index_key_options' | 'index_nulls_not_distinct'
  | 'unique_nulls_not_distinct' | 'unique_name' | 'primary_key_name' | 'foreign_key_name' | 'foreign_key' | 'fk_deferrable' | 'fk_match_full'
  | 'nullable' | 'table' | 'domain' | 'sequence' | 'enum_comment' | 'schema_comment' | 'extension' | 'default' | 'comment' | 'type'
  | 'requirements' | 'exceptions' | 'notes' | 'layout';

export interface Loss {
  /** The object, schema-qualified: `public.orders`, `public.orders.total`, `public.orders_user_id_idx`. */
  readonly subject: string;
  readonly aspect: LossAspect;
  readonly message: string;
}

export interface ExportResult {
  readonly text: string;
  readonly losses: readonly Loss[];
}

/** The report of a DBML, Prisma or JSON import: counts per kind and every warning. */
export interface TextImportReport {
  readonly counts: { readonly imported: Record<string, number>; readonly skipped: Record<string, number> };
  readonly warnings: readonly InteropWarning[];
}

export type TextImportError = { kind: 'parse_error'; message: string; line: number; column: number }
  | { kind: 'invalid_document'; message: string; problems: { path: readonly (string | number)[]; message: string }[] };

export class Counter {
  private readonly imported: Record<string, number> = {};
  private readonly skipped: Record<string, number> = {};
  readonly warnings: InteropWarning[] = [];

  add(kind: string, count = 1): void {
    this.imported[kind] = (this.imported[kind] ?? 0) + count;
  }

  skip(kind: string, line: number | null, message: string): void {
    this.skipped[kind] = (this.skipped[kind] ?? 0) + 1;
    this.warn(line, message);
  }

  warn(line: number | null, message: string): void {
    this.warnings.push({ line, message });
  }

  build(): TextImportReport {
    const sorted = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));
    const warnings = [...this.warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { counts: { imported: sorted(this.imported), skipped: sorted(this.skipped) }, warnings };
  }
}
