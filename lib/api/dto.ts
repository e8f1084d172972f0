import type { AnalysisReport } from '../analysis/types';
import type { FixPreview } from '../analysis/preview';
import type { DiagramDocument } from '../model/document';

/**
 * What the HTTP API returns. These are plain JSON shapes shared by the server
 * (which builds them from storage rows, never exposing a row itself) and the
 * browser client.
 */
export interface DiagramSummary {
  id: string;
  name: string;
  /** Increases by one on every save; a save must name the revision it was based on. */
  revision: number;
  tableCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface DiagramDetail extends DiagramSummary {
  document: DiagramDocument;
}

/** An immutable snapshot of a diagram. */
export interface VersionSummary {
  version: number;
  label: string;
  /** The diagram revision the snapshot was taken from. */
  revision: number;
  tableCount: number;
  createdAt: string;
  /** `named` (a person saved it) or `checkpoint` (taken automatically); see lib/api/history-dto.ts. */
  kind: import('./history-dto').VersionKind;
  /** Who saved it (for a checkpoint: whose save it followed); null when unknown. */
  authorName: string | null;
}

export interface VersionDetail extends VersionSummary {
  document: DiagramDocument;
}

export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
}

export type ApiErrorCode =
  | 'invalid_json'
  | 'invalid_request'
  | 'invalid_document'
  | 'unsupported_version'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'stale_revision'
  /** The change would break a rule of the data (e.g. removing a workspace's last owner). */
  | 'conflict'
  /** Too many failed sign-ins: wait (Retry-After) and try again. */
  | 'too_many_requests'
  /** Sharing needs an owner account first (open mode): create it at /setup. */
  | 'owner_required'
  | 'storage_unavailable'
  | 'internal';

/** Every error response has this body. `problems` lists where a request body is wrong. */
export interface ApiErrorBody {
  error: {
    code: ApiErrorCode;
    message: string;
    problems?: { path: string; message: string }[];
    /** For `stale_revision`: the revision now stored, so the client can fetch and merge. */
    currentRevision?: number;
  };
}

/* ---- Migrations, lint and pooling ---- */

/** A lint finding as `lintMigrations` reports it (lib/lint/types.ts). */
export type LintFindingDto = import('../lint/types').Finding;
export type LintReportDto = import('../lint/types').LintReport;

export interface PlanStatementDto {
  sql: string;
  lock: import('../ddl/statement').Lock;
  transactional: boolean;
  hazards: import('../ddl/statement').Hazard[];
  explanation: string;
  /** Lint findings whose position falls inside this statement. */
  findings: LintFindingDto[];
}

export interface PlanMigrationDto {
  version: number;
  name: string;
  stage: string;
  summary: string;
  /** `migrations/001_create_shop.up.sql` */
  upPath: string;
  downPath: string;
  transactional: boolean;
  /** The whole files, as the bundle holds them. */
  upSql: string;
  downSql: string;
  statements: PlanStatementDto[];
  downStatements: PlanStatementDto[];
  /** Findings on the file itself or its preamble (not inside a planned statement). */
  fileFindings: LintFindingDto[];
}

export interface PlanDto {
  from: 'empty' | 'current' | number;
  to: 'current' | number;
  targetPostgresVersion: number;
  safe: boolean;
  migrations: PlanMigrationDto[];
  lint: { summary: import('../lint/types').LintSummary; findings: LintFindingDto[] };
}

export interface PoolingDto {
  /** The workload sized for, with every default filled in. */
  workload: import('../model/workload').Workload;
  /** Where it came from: the request, the document (or the named version), or the defaults. */
  workloadSource: 'request' | 'document' | 'defaults';
  /** pgbouncer/*: path → text. userlist.txt holds SCRAM secrets, never a plain password. */
  files: Record<string, string>;
  plan: import('../pooling/sizing').PoolPlan;
  config: import('../pooling/config').PgBouncerConfig;
  report: import('../pooling/compatibility').CompatibilityEntry[];
  usersNeedingPasswords: string[];
  /** Users whose secret is left as a placeholder in userlist.txt because no password was sent. */
  missingPasswords: string[];
}

// ---------------------------------------------------------------------------
// Live databases: saved connections, the sandbox, plans, runs and history.
// ---------------------------------------------------------------------------

export type SslMode = 'disable' | 'prefer' | 'require' | 'verify-full';

/** A saved connection as the browser sees it: never the password, only whether there is one. */
export interface ConnectionSummary {
  id: string;
  name: string;
  host: string;
  port: number;
  database: string;
  username: string;
  sslmode: SslMode;
  hasPassword: boolean;
  createdAt: string;
  updatedAt: string;
  lastTestedAt: string | null;
}

/** The built-in embedded PostgreSQL (with pgvector) every diagram can be applied to. */
export interface SandboxStatus {
  id: 'sandbox';
  name: string;
  state: 'stopped' | 'running';
  /** Its data folder, or `memory`. */
  location: string;
  database: string;
}

export interface ExtensionInfo {
  name: string;
  /** Null when available but not installed. */
  installedVersion: string | null;
  defaultVersion: string | null;
}

/** What "Test connection" found. */
export interface ConnectionTestResult {
  serverVersion: string;
  database: string;
  user: string;
  superuser: boolean;
  /** CREATE on the database (new schemas) and on schema public (new tables). */
  canCreateSchemas: boolean;
  canCreateInPublic: boolean;
  extensions: ExtensionInfo[];
  testedAt: string;
}

/** What one statement of a migration locks and risks, with a sentence a person can read. */
export interface StatementRisk {
  explanation: string;
  hazards: string[];
  lock: string;
  transactional: boolean;
}

export interface PlannedStatement extends StatementRisk {
  sql: string;
}

export interface PlannedMigration {
  version: number;
  name: string;
  summary: string;
  upFile: string;
  downFile: string;
  up: string;
  down: string;
  transactional: boolean;
  checksum: string;
  /** In the order of the UP script (whose full text is `up`). */
  statements: StatementRisk[];
}

/** The bundle "last applied → the diagram now" for one target. */
export interface LivePlan {
  target: string;
  /** What a destructive run must be confirmed with. */
  database: string;
  /** Versions of this diagram already applied to the target. */
  appliedVersion: number;
  /** The new migrations; empty when the target is up to date. */
  migrations: PlannedMigration[];
  /** Steps that destroy data; non-empty means apply needs `confirm` = database. */
  dataLoss: string[];
  /** Identifies this plan: apply sends it back so a plan that changed meanwhile is not run unseen. */
  planId: string;
  /** Where the plan started from: the last applied diagram, or the live database (first apply). */
  baseline: 'applied' | 'live';
  warnings: string[];
}

export interface DriftReport {
  inSync: boolean;
  statements: PlannedStatement[];
  warnings: string[];
}

export interface LiveHistoryEntry {
  version: number;
  name: string;
  checksum: string;
  appliedAt: string;
  durationMs: number;
  appliedBy: string;
  success: boolean;
  error: string | null;
  backup: string | null;
}

export interface LiveHistory {
  target: string;
  database: string;
  entries: LiveHistoryEntry[];
}

/** One line of progress while a run goes on. */
export type LiveEvent =
  | { kind: 'connected'; server: string; database: string }
  | { kind: 'lock_wait'; holder: string }
  | { kind: 'backup'; location: string; versions: number[] }
  | { kind: 'statement'; version: number; fileName: string; direction: 'up' | 'down'; index: number; count: number; sql: string; status: 'started' | 'done' | 'failed' | 'would_run'; durationMs: number; error?: string };

export interface LiveRunStep {
  version: number;
  name: string;
  fileName: string;
  durationMs: number;
  backup: string | null;
}

export interface LiveRunReport {
  direction: 'up' | 'down';
  dryRun: boolean;
  steps: LiveRunStep[];
  totalMs: number;
}

export interface LiveRunFailure {
  kind: string;
  message: string;
  /** For a failed statement: where it is and what PostgreSQL said. */
  statement?: { fileName: string; index: number; count: number; sql: string; line: number; column: number };
  database?: { code: string; message: string; detail?: string; hint?: string; position?: string };
  /** For needs_confirmation: the database name to type. */
  confirmWith?: string;
}

/** The body of an apply/rollback response: NDJSON, one of these per line, the result last. */
export type LiveStreamLine =
  | { type: 'event'; event: LiveEvent }
  | { type: 'result'; ok: true; report: LiveRunReport }
  | { type: 'result'; ok: false; error: LiveRunFailure };

/** Error codes of the live-database routes, in the standard `{ error: { code, message } }` body. */
export type LiveApiErrorCode =
  | ApiErrorCode
  | 'forbidden_host'
  | 'secret_key_missing'
  | 'secret_key_invalid'
  | 'connection_failed'
  | 'cannot_plan'
  | 'plan_changed'
  | 'history_unknown';

/** `POST /api/analyze` → 200. Findings of both engines in one shape; see docs/check.md for the codes. */
export interface AnalysisResponse {
  analysis: AnalysisReport;
}

/** `GET /api/diagrams/:id/analysis` → 200: the analysis of the stored document at `revision`. */
export interface DiagramAnalysisResponse {
  revision: number;
  analysis: AnalysisReport;
}

/**
 * `POST /api/diagrams/:id/analysis` → 200: what applying a fix would do to the
 * diagram at `revision`, without saving: the new document, the migration, the
 * moved columns of a normalization fix (`change`), and the analysis afterwards.
 */
export interface FixPreviewResponse {
  revision: number;
  preview: FixPreview & { analysis: AnalysisReport };
}

/* ---- Rehearsal on production-like data (POST /api/diagrams/:id/rehearsal) ---- */

/** One access pattern's plan, summarized from EXPLAIN (ANALYZE, BUFFERS): see lib/advisor/plan-summary.ts. */
export type RehearsalPlanDto = import('../advisor/plan-summary').PlanSummary;

/** Progress of a rehearsal, one per NDJSON line while it runs. */
export type RehearsalEventDto =
  | { kind: 'target'; where: string; server: string }
  | { kind: 'schema'; statements: number; durationMs: number }
  | { kind: 'load'; table: string; rowsDone: number; rows: number; durationMs: number }
  | { kind: 'table_failed'; table: string; message: string }
  | { kind: 'indexes'; count: number; durationMs: number }
  | { kind: 'analyze'; durationMs: number }
  | { kind: 'migration'; event: LiveEvent }
  | { kind: 'explain'; table: string; pattern: string; phase: 'before' | 'after'; executionMs: number | null }
  | { kind: 'proposal_applied'; table: string; index: string; durationMs: number };

export interface RehearsalTableDto {
  tableId: string;
  table: string;
  declaredRows: number | null;
  plannedRows: number;
  rows: number;
  durationMs: number;
  notes: string[];
  error: string | null;
}

export interface RehearsalStepDto {
  version: number;
  name: string;
  fileName: string;
  transactional: boolean;
  durationMs: number;
  statements: { index: number; sql: string; durationMs: number }[];
}

export interface RehearsalPatternDto {
  tableId: string;
  table: string;
  patternId: string;
  pattern: string;
  sql: string | null;
  params: { meaning: string; value: string | null }[];
  /** Why the pattern was not explained. */
  skipped: string | null;
  before: RehearsalPlanDto | null;
  seqScanOnLargeTable: boolean;
  servedBy?: string | null;
  /** The advisor's index as a diagram change (`fix`, an AdvisorFix), its reasons and, when it was applied in the rehearsal, its DDL. */
  proposal: { id: string; indexName: string; reasons: string[]; fix: import('../advisor/findings').AdvisorFix; ddl: string[] } | null;
  /** The plan with the proposed index in place (only when proposals were applied). */
  after: RehearsalPlanDto | null;
}

export interface RehearsalReportDto {
  target: { where: string; server: string };
  seed: number;
  scale: number;
  schema: { statements: number; durationMs: number };
  tables: RehearsalTableDto[];
  indexes: { count: number; durationMs: number };
  analyzeMs: number;
  migration: { steps: RehearsalStepDto[]; totalMs: number } | null;
  patterns: RehearsalPatternDto[];
  totalMs: number;
}

export interface RehearsalFailure {
  kind: 'target_refused' | 'target_unavailable' | 'schema_failed' | 'migration_failed' | 'invalid_input' | 'internal';
  message: string;
}

/** The body of a rehearsal response: NDJSON, one of these per line, the result last. */
export type RehearsalStreamLine =
  | { type: 'event'; event: RehearsalEventDto }
  | { type: 'result'; ok: true; report: RehearsalReportDto }
  | { type: 'result'; ok: false; error: RehearsalFailure };

/** Error codes of the rehearsal route (before the stream starts). */
export type RehearsalApiErrorCode = LiveApiErrorCode | 'rehearsal_busy';
