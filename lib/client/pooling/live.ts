import type { PgBouncerApplyDto, PgBouncerDiffDto, PgBouncerStatusDto } from '../../../app/api/pgbouncer/_lib/dto';
import type { WorkloadInput } from '../../model/workload';
import type { ApiResult } from '../api';
import { requestJson } from '../migrations/request';

/**
 * The pooling page's client for a running PgBouncer. The admin URL (with its
 * password) goes only into these request bodies; the answers never carry it.
 */
export type ConsoleRef = { adminUrl: string } | { connectionId: string };

export const pgbouncerStatus = (console: ConsoleRef): Promise<ApiResult<PgBouncerStatusDto>> =>
  requestJson('POST', '/api/pgbouncer/status', 'pgbouncer', console);

export const pgbouncerDiff = (console: ConsoleRef, workload: WorkloadInput): Promise<ApiResult<PgBouncerDiffDto>> =>
  requestJson('POST', '/api/pgbouncer/diff', 'diff', { ...console, workload });

/** SETs exactly the confirmed `keys` that apply live. */
export const pgbouncerApply = (console: ConsoleRef, workload: WorkloadInput, keys: string[]): Promise<ApiResult<PgBouncerApplyDto>> =>
  requestJson('POST', '/api/pgbouncer/apply', 'apply', { ...console, workload, keys });

export type { PgBouncerApplyDto, PgBouncerDiffDto, PgBouncerStatusDto };
