import type { PlanDto, VersionDetail, VersionSummary } from '../../api/dto';
import type { DocumentRef } from '../../api/requests';
import type { ApiResult } from '../api';
import { requestJson } from './request';

export interface PlanSelection {
  readonly from: DocumentRef;
  readonly to: Exclude<DocumentRef, 'empty'>;
  readonly pg: number;
  readonly safe: boolean;
}

const base = (id: string) => `/api/diagrams/${encodeURIComponent(id)}`;

export function planQuery(selection: PlanSelection): string {
  const params = new URLSearchParams({ from: String(selection.from), to: String(selection.to), pg: String(selection.pg), safe: String(selection.safe) });
  return params.toString();
}

export const fetchPlan = (id: string, selection: PlanSelection): Promise<ApiResult<PlanDto>> =>
  requestJson('GET', `${base(id)}/plan?${planQuery(selection)}`, 'plan');

export const fetchVersions = (id: string): Promise<ApiResult<VersionSummary[]>> => requestJson('GET', `${base(id)}/versions`, 'versions');

export const saveVersion = (id: string, label?: string): Promise<ApiResult<VersionDetail>> =>
  requestJson('POST', `${base(id)}/versions`, 'version', label ? { label } : {});

/** The bundle download: a plain link, so the browser streams the zip to disk itself. */
export const bundleUrl = (id: string, selection: PlanSelection): string => `${base(id)}/bundle?${planQuery(selection)}`;
