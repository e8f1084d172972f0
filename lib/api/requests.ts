import { z } from 'zod';
import { AnalysisFixSchema } from '../analysis/fix-schema';
import { AnalysisOptions } from '../analysis/options';

/**
 * Request bodies of the diagram API. The `document` fields are checked here only
 * as "some JSON object"; the full check (upgrade, shape, references) is
 * `parseDocument`, so its problems come back with precise paths.
 */
const AnyDocument = z.record(z.string(), z.unknown());

export const CreateDiagramRequest = z
  .object({
    name: z.string().trim().min(1, 'name cannot be empty').max(200, 'name is at most 200 characters').optional(),
    templateId: z.string().min(1).optional(),
    document: AnyDocument.optional(),
    duplicateOf: z.uuid('duplicateOf must be a diagram id (a UUID)').optional(),
  })
  .strict()
  .refine((body) => [body.templateId, body.document, body.duplicateOf].filter((v) => v !== undefined).length <= 1, {
    message: 'give at most one of templateId, document and duplicateOf',
  });
export type CreateDiagramRequest = z.infer<typeof CreateDiagramRequest>;

export const UpdateDiagramRequest = z
  .object({
    baseRevision: z
      .number({ error: 'baseRevision must be a number: the revision this change is based on' })
      .int('baseRevision must be a whole number')
      .min(1, 'baseRevision must be 1 or more'),
    name: z.string().trim().min(1, 'name cannot be empty').max(200).optional(),
    document: AnyDocument.optional(),
  })
  .strict()
  .refine((body) => body.name !== undefined || body.document !== undefined, {
    message: 'give a new document, a new name, or both',
  });
export type UpdateDiagramRequest = z.infer<typeof UpdateDiagramRequest>;

export const CreateVersionRequest = z
  .object({ label: z.string().trim().max(200, 'label is at most 200 characters').optional() })
  .strict();
export type CreateVersionRequest = z.infer<typeof CreateVersionRequest>;

export const DiagramIdParam = z.uuid('a diagram id is a UUID');
export const VersionParam = z.coerce.number().int().min(1);

/* ---- Migrations, lint and pooling (the migration bundle's front doors) ---- */

/** `empty` (no database yet), `current` (the diagram as saved now) or a saved version number. */
export const DocumentRef = z.union([
  z.literal('empty'),
  z.literal('current'),
  z.string().regex(/^[1-9]\d{0,9}$/, 'a version is "empty", "current" or a saved version number').transform(Number),
]);
export type DocumentRef = 'empty' | 'current' | number;

const Flag = z.enum(['true', 'false', '1', '0'], { error: 'a flag is true, false, 1 or 0' }).transform((v) => v === 'true' || v === '1');

/** Query of GET /api/diagrams/:id/plan and …/bundle. */
export const PlanQuery = z.strictObject({
  from: DocumentRef.default('empty'),
  to: DocumentRef.default('current'),
  /** Target PostgreSQL major version; default the `to` document's. */
  pg: z.enum(['13', '14', '15', '16', '17', '18'], { error: 'pg is a PostgreSQL major version from 13 to 18' }).transform(Number).optional(),
  safe: Flag.default(true),
  /** Bundle only: add pgbouncer/ even when the diagram has no workload (then with default sizing). */
  pooling: Flag.default(false),
}).refine((q) => q.to !== 'empty', { path: ['to'], message: 'to cannot be "empty": migrate to a saved version or to "current"' });
export type PlanQuery = z.output<typeof PlanQuery>;

export const LintRequest = z.strictObject({
  files: z.array(z.strictObject({
    name: z.string().trim().min(1, 'a file needs a name').max(300),
    sql: z.string().max(2_000_000, 'a file is at most 2,000,000 characters'),
  })).min(1, 'send at least one file').max(500, 'at most 500 files'),
  pg: z.number().int().min(13).max(18).optional(),
  disable: z.array(z.string().min(1).max(100)).max(100).optional(),
});
export type LintRequest = z.output<typeof LintRequest>;

export const PoolingRequest = z.strictObject({
  /** A workload to size for (checked against `Workload`); default the document's, else defaults. */
  workload: z.record(z.string(), z.unknown()).optional(),
  /** Read the workload of this saved version instead of the current document. */
  version: z.number().int().min(1).optional(),
  /** Plain passwords by user name: only turned into SCRAM secrets, never stored, logged or sent back. */
  passwords: z.record(z.string().max(63), z.string().min(1, 'a password cannot be empty').max(1024)).optional(),
});
export type PoolingRequest = z.output<typeof PoolingRequest>;

// ---------------------------------------------------------------------------
// Live databases
// ---------------------------------------------------------------------------

const SslModeField = z.enum(['disable', 'prefer', 'require', 'verify-full'], { error: 'sslmode must be disable, prefer, require or verify-full' });
const ConnectionName = z.string().trim().min(1, 'name cannot be empty').max(200, 'name is at most 200 characters');
const ConnectionFieldsShape = {
  url: z.string().min(1).max(2000).optional(),
  host: z.string().trim().min(1, 'host cannot be empty').max(253).optional(),
  port: z.number().int('port must be a whole number').min(1).max(65535).optional(),
  database: z.string().trim().min(1, 'database cannot be empty').max(63).optional(),
  username: z.string().trim().min(1, 'username cannot be empty').max(63).optional(),
  password: z.string().max(1000).nullable().optional(),
  sslmode: SslModeField.optional(),
};
const FIELD_KEYS = ['host', 'port', 'database', 'username', 'password', 'sslmode'] as const;

/** Add a connection by `url`, or by fields (host, database, username required; port 5432, sslmode prefer by default). */
export const CreateConnectionRequest = z
  .object({ name: ConnectionName, ...ConnectionFieldsShape })
  .strict()
  .superRefine((body, ctx) => {
    const fields = FIELD_KEYS.filter((k) => body[k] !== undefined);
    if (body.url !== undefined && fields.length > 0) ctx.addIssue({ code: 'custom', message: `give either url or the fields (${fields.join(', ')}), not both` });
    if (body.url === undefined) {
      for (const key of ['host', 'database', 'username'] as const) if (body[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: `${key} is required (or give a url)` });
    }
  });
export type CreateConnectionRequest = z.infer<typeof CreateConnectionRequest>;

/** Edit a connection: any field; an omitted password keeps the stored one, `password: null` removes it. */
export const UpdateConnectionRequest = z
  .object({ name: ConnectionName.optional(), ...ConnectionFieldsShape })
  .strict()
  .superRefine((body, ctx) => {
    const fields = FIELD_KEYS.filter((k) => body[k] !== undefined);
    if (body.url !== undefined && fields.length > 0) ctx.addIssue({ code: 'custom', message: `give either url or the fields (${fields.join(', ')}), not both` });
  });
export type UpdateConnectionRequest = z.infer<typeof UpdateConnectionRequest>;

/** A target of a live operation: a saved connection's id, or `sandbox`. */
export const TargetParam = z.union([z.literal('sandbox'), z.uuid()]);

export const ResetSandboxRequest = z.object({ confirm: z.literal('sandbox', { error: 'type "sandbox" to confirm the reset' }) }).strict();

export const ApplyRequest = z
  .object({
    dryRun: z.boolean().optional(),
    /** The plan the person reviewed (LivePlan.planId); a different plan now is refused. */
    planId: z.string().min(1).max(200).optional(),
    /** The database name, typed, when a step destroys data. */
    confirm: z.string().max(200).optional(),
    backup: z.enum(['schema', 'none']).optional(),
  })
  .strict();
export type ApplyRequest = z.infer<typeof ApplyRequest>;

export const RollbackRequest = z
  .object({
    toVersion: z.number().int('toVersion must be a whole number').min(0),
    dryRun: z.boolean().optional(),
    confirm: z.string().max(200).optional(),
    backup: z.enum(['schema', 'none']).optional(),
  })
  .strict();
export type RollbackRequest = z.infer<typeof RollbackRequest>;

export const IntrospectRequest = z.object({ name: ConnectionName.optional() }).strict();

/** `POST /api/analyze`: the combined normalization + advisor check of a document that is not stored. */
export const AnalyzeRequest = z
  .object({ document: AnyDocument, options: AnalysisOptions.optional() })
  .strict();
export type AnalyzeRequest = z.infer<typeof AnalyzeRequest>;

/**
 * `POST /api/diagrams/:id/analysis`: preview a finding's fix on the stored
 * document. With `baseRevision` the preview is refused when the diagram changed since.
 */
export const PreviewFixRequest = z
  .object({
    fix: AnalysisFixSchema,
    baseRevision: z.number().int('baseRevision must be a whole number').min(1, 'baseRevision must be 1 or more').optional(),
    options: AnalysisOptions.optional(),
  })
  .strict();
export type PreviewFixRequest = z.infer<typeof PreviewFixRequest>;

/**
 * `POST /api/diagrams/:id/rehearsal`: rehearse the diagram on synthetic data.
 * `target` is `sandbox` (a fresh in-memory PostgreSQL, not the shared sandbox)
 * or a saved connection, on whose server a scratch database is created and dropped.
 * With `fromVersion` the data is loaded into that saved version and migrated to the diagram now.
 */
export const RehearsalRequest = z
  .object({
    target: TargetParam.default('sandbox'),
    scale: z.number({ error: 'scale must be a number' }).gt(0, 'scale must be more than 0').max(10, 'scale is at most 10').optional(),
    maxRows: z.number().int('maxRows must be a whole number').min(10, 'maxRows must be 10 or more').max(5_000_000, 'maxRows is at most 5,000,000').optional(),
    seed: z.number().int('seed must be a whole number').min(0).max(2_147_483_647).optional(),
    fromVersion: z.number().int('fromVersion must be a whole number').min(1, 'fromVersion is a saved version number (1 or more)').optional(),
    applyProposals: z.boolean().optional(),
  })
  .strict();
export type RehearsalRequest = z.output<typeof RehearsalRequest>;
