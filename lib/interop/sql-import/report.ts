/**
 * What an import did with each statement of the file. Every parsed statement
 * gets exactly one entry: imported into the diagram, skipped because the
 * diagram does not model it (functions, views, grants, …), or
 * failed to map (an FK to a table that is not in the file). Problems inside a
 * statement that was still imported are warnings. Nothing is dropped silently.
 */
export type StatementOutcome = 'imported' | 'skipped' | 'failed';

export interface StatementEntry {
  /** 1-based line of the statement's first token. */
  line: number;
  outcome: StatementOutcome;
  /** What the statement is: `table`, `index`, `function`, `trigger`, `grant`, … */
  kind: string;
  /** The object it is about, schema-qualified outside `public`; null when it has none (SET). */
  name: string | null;
  /** Why it was skipped or failed; null when imported. */
  reason: string | null;
}

export interface ImportWarning {
  line: number;
  message: string;
}

/** A sequence found in the file (imported into the diagram's `sequences`), listed with the columns that draw from it. */
export interface SequenceInfo {
  name: string;
  line: number;
  /** `table.column` from `ALTER SEQUENCE … OWNED BY`, or null. */
  ownedBy: string | null;
  /** Columns whose default calls `nextval('<this sequence>')`. */
  usedBy: string[];
}

export interface ImportReport {
  /** Number of statements the parser found. */
  statementCount: number;
  statements: StatementEntry[];
  counts: {
    imported: Record<string, number>;
    skipped: Record<string, number>;
    failed: number;
  };
  warnings: ImportWarning[];
  sequences: SequenceInfo[];
  /** psql meta-commands (`\connect`, `\restrict`) and COPY data rows, which are not SQL and were blanked before parsing. */
  nonSql: { line: number; text: string }[];
}

/** Collects entries while statements are mapped; an entry can be revised when a later statement decides its fate. */
export class ReportBuilder {
  readonly entries: StatementEntry[] = [];
  readonly warnings: ImportWarning[] = [];
  readonly sequences = new Map<string, SequenceInfo>();

  record(line: number, outcome: StatementOutcome, kind: string, name: string | null, reason: string | null = null): StatementEntry {
    const entry: StatementEntry = { line, outcome, kind, name, reason };
    this.entries.push(entry);
    return entry;
  }

  warn(line: number, message: string): void {
    this.warnings.push({ line, message });
  }

  build(statementCount: number, nonSql: ImportReport['nonSql']): ImportReport {
    const imported: Record<string, number> = {};
    const skipped: Record<string, number> = {};
    let failed = 0;
    for (const entry of this.entries) {
      if (entry.outcome === 'imported') imported[entry.kind] = (imported[entry.kind] ?? 0) + 1;
      else if (entry.outcome === 'skipped') skipped[entry.kind] = (skipped[entry.kind] ?? 0) + 1;
      else failed++;
    }
    return {
      statementCount,
      statements: this.entries,
      counts: { imported: sortKeys(imported), skipped: sortKeys(skipped), failed },
      warnings: [...this.warnings].sort((a, b) => a.line - b.line),
      sequences: [...this.sequences.values()],
      nonSql,
    };
  }
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
