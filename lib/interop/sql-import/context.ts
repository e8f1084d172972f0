import type { DomainType, EnumType } from '../../model/types';
import type { Sequence } from '../../model/sequence';
import type { Index, Partition } from '../../model/table-parts';
import type { Table } from '../../model/table';
import type { ReferentialAction, Relationship } from '../../model/relationship';
import { newId } from '../../model/ids';
import { DEFAULT_SCHEMA, keyOf, labelOf, type QualifiedName } from './ast';
import type { ReportBuilder, StatementEntry } from './report';
import type { StatementSource } from './source';

/** A foreign key seen in the file, turned into a relationship once every table is known. */
export interface PendingForeignKey {
  line: number;
  entry: StatementEntry;
  /** True when the statement holds nothing but this key, so failing it fails the statement. */
  soleContent: boolean;
  name: string | null;
  from: Table;
  fromColumns: string[];
  to: QualifiedName;
  /** Null: the referenced table's primary key. */
  toColumns: string[] | null;
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
  deferrable: Relationship['deferrable'];
  matchFull: boolean;
}

/** The diagram being built from the statements, with lookups by qualified name. */
export class ImportContext {
  readonly schemas = new Map<string, { id: string; name: string; comment: string }>();
  readonly extensions: { id: string; name: string; schemaId: string | null }[] = [];
  readonly enums = new Map<string, EnumType>();
  readonly domains = new Map<string, DomainType>();
  readonly tables = new Map<string, Table>();
  readonly sequences = new Map<string, Sequence>();
  /** sequence → the column of its `OWNED BY`, resolved in `finalize` once every table is known. */
  readonly sequenceOwners = new Map<string, { line: number; table: QualifiedName; column: string }>();
  readonly indexes = new Map<string, { table: Table; index: Index }>();
  readonly foreignKeys: PendingForeignKey[] = [];
  /** child → parent, known before mapping starts (see `partitions.ts`). */
  readonly partitionParents = new Map<string, string>();
  /** child → its partition entry in the parent, once attached. */
  readonly partitions = new Map<string, { parent: Table; partition: Partition }>();
  /**
   * Tables created before the ATTACH PARTITION that folds them into their
   * parent. One whose attach never comes (or fails) is added as a table at the end.
   */
  readonly heldPartitions = new Map<string, { table: Table; line: number }>();
  /** Comments on partitions that were written before the partition was attached. */
  readonly partitionComments = new Map<string, string>();
  /** Relations the diagram leaves out (views, …), so statements on them are skipped, not failed. */
  readonly skippedRelations = new Map<string, string>();

  constructor(readonly report: ReportBuilder) {
    this.schemas.set(DEFAULT_SCHEMA, { id: newId('sch'), name: DEFAULT_SCHEMA, comment: '' });
  }

  /** The id of a schema, adding it (with a warning) when the file uses it without creating it. */
  schemaId(name: string, line: number): string {
    const existing = this.schemas.get(name);
    if (existing) return existing.id;
    const schema = { id: newId('sch'), name, comment: '' };
    this.schemas.set(name, schema);
    this.report.warn(line, `schema "${name}" is used but not created in the file; added to the diagram`);
    return schema.id;
  }

  schemaName(id: string): string {
    for (const schema of this.schemas.values()) if (schema.id === id) return schema.name;
    return DEFAULT_SCHEMA;
  }

  tableKey(table: Table): string {
    return keyOf({ schema: this.schemaName(table.schemaId), name: table.name });
  }

  isPartition(name: QualifiedName): boolean {
    return this.partitionParents.has(keyOf(name));
  }
}

/** What the mapper of one statement decided; the dispatcher records it as the statement's report entry. */
export interface Outcome {
  outcome: StatementEntry['outcome'];
  kind: string;
  name: string | null;
  reason?: string | null;
}

export const imported = (kind: string, name: QualifiedName | string | null): Outcome => ({ outcome: 'imported', kind, name: nameText(name) });
export const skipped = (kind: string, name: QualifiedName | string | null, reason: string): Outcome => ({ outcome: 'skipped', kind, name: nameText(name), reason });
export const failed = (kind: string, name: QualifiedName | string | null, reason: string): Outcome => ({ outcome: 'failed', kind, name: nameText(name), reason });

function nameText(name: QualifiedName | string | null): string | null {
  if (name === null || typeof name === 'string') return name;
  return labelOf(name);
}

/** Everything a statement mapper gets. */
export interface MapInput {
  ctx: ImportContext;
  st: StatementSource;
  line: number;
  entry: StatementEntry;
}
