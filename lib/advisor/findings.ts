import type { Index, Partitioning } from '../model/table-parts';
import type { ColumnType } from '../model/column-type';
import type { AccessPattern } from '../model/requirements';
import type { Severity } from '../normalization/findings';

export type { Severity };

/** Which filter of the problems panel a finding belongs to. */
export type FindingCategory = 'normalization' | 'index' | 'partitioning' | 'types' | 'roles';

/** Stable codes: the UI, the CLI and dismissals (`doc.exceptions[].code`) match on them. */
export const ADVISOR_CODES = [
  'INDEX_FOR_PATTERN',
  'FK_WITHOUT_INDEX',
  'INDEX_DUPLICATE',
  'INDEX_REDUNDANT_PREFIX',
  'INDEX_UNUSED_ON_WRITE_HEAVY_TABLE',
  'TABLE_WITHOUT_PRIMARY_KEY',
  'TYPE_VARCHAR_LENGTH',
  'TYPE_TIMESTAMP_WITHOUT_TZ',
  'TYPE_SERIAL',
  'TYPE_JSON',
  'INT_KEY_OVERFLOW',
  'PARTITION_BY_TIME_RANGE',
  'PARTITION_BY_TENANT_HASH',
  'PARTITION_BY_CATEGORY_LIST',
  'PARTITION_NO_PRUNING',
] as const;
export type AdvisorCode = (typeof ADVISOR_CODES)[number];

/** An index as the advisor proposes it: a model `Index` that gets its id when the fix is applied. */
export type ProposedIndex = Omit<Index, 'id'>;

/**
 * A proposed change, small and serializable so it travels in API responses and
 * dismissals; `applyAdvisorFix` turns it into the new document (one undoable step).
 */
export type AdvisorFix =
  | { readonly kind: 'add_index'; readonly description: string; readonly tableId: string; readonly index: ProposedIndex }
  | { readonly kind: 'drop_index'; readonly description: string; readonly tableId: string; readonly indexId: string }
  | { readonly kind: 'set_primary_key'; readonly description: string; readonly tableId: string; readonly columnIds: string[] }
  | {
    /** Adds `name bigint GENERATED ALWAYS AS IDENTITY` as the first column and makes it the primary key. */
    readonly kind: 'add_identity_key'; readonly description: string; readonly tableId: string; readonly columnName: string;
  }
  | {
    readonly kind: 'change_column_types'; readonly description: string;
    readonly changes: readonly {
      readonly tableId: string; readonly columnId: string; readonly type: ColumnType;
      /** When set, the column becomes an identity column and loses its default (serial → identity). */
      readonly identity?: 'always' | 'by_default';
      /** A CHECK that keeps a limit the old type enforced (varchar(n) → text + CHECK). */
      readonly check?: string;
    }[];
  }
  | {
    readonly kind: 'partition_table'; readonly description: string; readonly tableId: string;
    /** Partition ids are filled in when the fix is applied. */
    readonly partitioning: Omit<Partitioning, 'partitions'> & { readonly partitions: readonly Omit<Partitioning['partitions'][number], 'id'>[] };
    /** Columns appended to the primary key, unique constraints and unique indexes (PostgreSQL requires the partition key in them). */
    readonly keyColumnIds: string[];
  };

/**
 * One thing the advisor has to say. The fields are those of the normalization
 * check's `Finding` (code, severity, tableId, columnIds, message, reason, fix,
 * accepted, justification, exceptionId, …) plus `category`, `objectId`,
 * `patternIds` and `seeAlso`, so both lists render in one problems panel.
 */
export interface AdvisorFinding {
  readonly code: AdvisorCode;
  readonly category: FindingCategory;
  readonly severity: Severity;
  readonly tableId: string;
  readonly columnIds: string[];
  /** The index, relationship, access pattern or constraint the finding is about, when it is about one. */
  readonly objectId: string | null;
  /** The access patterns behind the finding. */
  readonly patternIds: string[];
  readonly message: string;
  /** The why: column order, arithmetic, costs. */
  readonly reason: string | null;
  /** The id of the migration lint rule that checks the same thing in SQL, e.g. `TC013`. */
  readonly seeAlso: string | null;
  readonly fix: AdvisorFix | null;
  readonly accepted: boolean;
  readonly justification: string | null;
  readonly exceptionId: string | null;
  // Fields of the normalization Finding that never apply here, kept so the shapes line up.
  readonly dependency: null;
  readonly normalForm: null;
  readonly inferred: false;
  readonly confidence: null;
}

export type AdvisorFindingInput = Pick<AdvisorFinding, 'code' | 'category' | 'severity' | 'tableId' | 'message'>
  & Partial<Pick<AdvisorFinding, 'columnIds' | 'objectId' | 'patternIds' | 'reason' | 'seeAlso' | 'fix'>>;

export function advisorFinding(input: AdvisorFindingInput): AdvisorFinding {
  return {
    columnIds: [], objectId: null, patternIds: [], reason: null, seeAlso: null, fix: null, ...input,
    accepted: false, justification: null, exceptionId: null,
    dependency: null, normalForm: null, inferred: false, confidence: null,
  };
}

/** One filter of an access pattern (the model exports only its schema). */
export type PatternFilter = AccessPattern['filters'][number];
