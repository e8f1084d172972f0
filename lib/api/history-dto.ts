import type { Hazard } from '../ddl/statement';
import type { LintSummary } from '../lint/types';
import type { DocumentChanges } from '../model/compare';
import type { DiagramDocument } from '../model/document';
import type { DiagramDetail, VersionSummary } from './dto';

/**
 * What the history endpoints answer: version kinds, restore and compare.
 * (The version summaries themselves are `VersionSummary` in dto.ts.)
 */
export const VERSION_KINDS = ['named', 'checkpoint'] as const;
/** `named`: a person saved it with a name. `checkpoint`: taken automatically while the diagram was edited. */
export type VersionKind = (typeof VERSION_KINDS)[number];

/** POST /api/diagrams/:id/versions/:version/restore */
export interface RestoreDto {
  /** The diagram as it is now, with the version's schema. */
  diagram: DiagramDetail;
  /** The version that was restored. */
  restored: VersionSummary;
  /** The checkpoint of the document as it was just before the restore ("Before restoring …"). */
  before: VersionSummary;
}

/** One side of a comparison: a saved version, or the diagram as it is now. */
export interface CompareSideDto {
  ref: 'current' | number;
  /** The version's label, or "Current diagram". */
  label: string;
  kind: VersionKind | 'current';
  revision: number;
  /** When the version was saved, or when the diagram was last changed. */
  createdAt: string;
  authorName: string | null;
  document: DiagramDocument;
}

/** One statement of the comparison's migration that carries a hazard. */
export interface CompareHazardDto {
  /** The migration file it is in (`migrations/001_update_shop.up.sql`). */
  file: string;
  sql: string;
  hazards: Hazard[];
  explanation: string;
}

export interface CompareMigrationFileDto {
  upPath: string;
  downPath: string;
  upSql: string;
  downSql: string;
  /** False for a file PostgreSQL must run outside a transaction (CREATE INDEX CONCURRENTLY). */
  transactional: boolean;
}

/** The comparison as migration files: what a database built from `from` needs to become `to`. */
export interface CompareMigrationDto {
  targetPostgresVersion: number;
  safe: boolean;
  /** Every UP file, in the order they run, as one script to read. */
  up: string;
  /** Every DOWN file, in the order they run (the reverse), as one script to read. */
  down: string;
  files: CompareMigrationFileDto[];
  hazards: CompareHazardDto[];
  lint: LintSummary;
}

/** GET /api/diagrams/:id/compare */
export interface CompareDto {
  from: CompareSideDto;
  to: CompareSideDto;
  changes: DocumentChanges;
  /** Null when the generator refuses one of the documents; `migrationProblem` then says why. */
  migration: CompareMigrationDto | null;
  migrationProblem: string | null;
}
