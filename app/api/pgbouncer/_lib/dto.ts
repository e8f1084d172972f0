import { z } from 'zod';
import { PgBouncerVersion } from '@/lib/model/workload';
import type { SettingChange } from '@/lib/pooling/live-diff';

/**
 * Requests and answers of `POST /api/pgbouncer/status|diff|apply`. Pure (zod and
 * types only), so the browser client imports the same shapes. Which PgBouncer:
 * `adminUrl` (postgres://admin:pw@host:6432/pgbouncer) or `connectionId`, a saved
 * connection whose database is `pgbouncer`. Neither is ever sent back.
 */
const Console = {
  adminUrl: z.string().min(1).max(2048).optional(),
  connectionId: z.string().min(1).max(100).optional(),
};
const exactlyOneConsole = (r: { adminUrl?: string; connectionId?: string }) => (r.adminUrl === undefined) !== (r.connectionId === undefined);
const CONSOLE_MESSAGE = { message: 'give either adminUrl or connectionId (a saved connection to the "pgbouncer" database)', path: ['adminUrl'] };

export const PgBouncerStatusRequest = z.strictObject(Console).refine(exactlyOneConsole, CONSOLE_MESSAGE);
export type PgBouncerStatusRequest = z.output<typeof PgBouncerStatusRequest>;

const Generated = {
  ...Console,
  /** The diagram whose saved workload is the generated side… */
  diagramId: z.string().min(1).max(100).optional(),
  /** …or a workload sent as is (the pooling page sends its form, saved or not). Checked with the Workload schema. */
  workload: z.unknown().optional(),
  /** Generate for this PgBouncer version; default the running one's (when known), else the workload's. */
  version: PgBouncerVersion.optional(),
};
const exactlyOneSource = (r: { diagramId?: string; workload?: unknown }) => (r.diagramId === undefined) !== (r.workload === undefined);
const SOURCE_MESSAGE = { message: 'give either diagramId or workload', path: ['workload'] };

export const PgBouncerDiffRequest = z.strictObject(Generated).refine(exactlyOneConsole, CONSOLE_MESSAGE).refine(exactlyOneSource, SOURCE_MESSAGE);
export type PgBouncerDiffRequest = z.output<typeof PgBouncerDiffRequest>;

export const PgBouncerApplyRequest = z.strictObject({
  ...Generated,
  /** The settings the person confirmed; default every one that applies live. Others are left alone. */
  keys: z.array(z.string().regex(/^[a-z_]+$/, 'a setting name')).max(200).optional(),
}).refine(exactlyOneConsole, CONSOLE_MESSAGE).refine(exactlyOneSource, SOURCE_MESSAGE);
export type PgBouncerApplyRequest = z.output<typeof PgBouncerApplyRequest>;

export interface PgBouncerSettingDto {
  key: string;
  value: string;
  /** PgBouncer's own word (SHOW CONFIG `changeable`): whether SET can change it without a restart. */
  changeable: boolean;
}

/** `status` → 200 { pgbouncer }. `databases` and `pools` are SHOW DATABASES / SHOW POOLS rows as PgBouncer prints them. */
export interface PgBouncerStatusDto {
  /** `user@host:port`, never the password. */
  console: string;
  version: string;
  settings: PgBouncerSettingDto[];
  databases: Record<string, unknown>[];
  pools: Record<string, unknown>[];
}

/** `diff` → 200 { diff }: the settings whose live value differs from the generated one. */
export interface PgBouncerDiffDto {
  status: PgBouncerStatusDto;
  /** The version the generated side was built for, and why that one. */
  generatedVersion: PgBouncerVersion;
  versionSource: 'request' | 'running' | 'workload';
  changes: SettingChange[];
}

/** `apply` → 200 { apply }: what was SET, what was left (restart, unsupported, not confirmed), and what still differs. */
export interface PgBouncerApplyDto {
  applied: { key: string; value: string }[];
  failed: { key: string; message: string }[];
  needsRestart: string[];
  unsupported: string[];
  /** Confirmed keys that did not need a change any more (or were not settings). */
  skipped: string[];
  after: PgBouncerDiffDto;
}
