import type { DiagramDetail, VersionDetail, VersionSummary } from '../../api/dto';
import type { CompareDto } from '../../api/history-dto';
import type { CompareRef } from '../../api/history-requests';
import { ok } from '../../result';
import type { ApiResult } from '../api';
import { requestJson } from '../migrations/request';
import { openDiagram, type OpenedDiagram } from '../sharing/api';
import { sendJson } from '../sharing/request';

const base = (id: string) => `/api/diagrams/${encodeURIComponent(id)}`;

/** The history endpoints, as one object so the history store and its tests can take a stand-in. */
export const historyApi = {
  /** The diagram with what the requester may do there (saving versions and restoring need edit). */
  openDiagram: (id: string): Promise<ApiResult<OpenedDiagram>> => openDiagram(id),

  listVersions: (id: string): Promise<ApiResult<VersionSummary[]>> => requestJson('GET', `${base(id)}/versions`, 'versions'),

  getVersion: (id: string, version: number): Promise<ApiResult<VersionDetail>> => requestJson('GET', `${base(id)}/versions/${version}`, 'version'),

  saveVersion: (id: string, label: string): Promise<ApiResult<VersionDetail>> => requestJson('POST', `${base(id)}/versions`, 'version', { label }),

  restoreVersion: (id: string, version: number): Promise<ApiResult<DiagramDetail>> =>
    requestJson('POST', `${base(id)}/versions/${version}/restore`, 'diagram'),

  async compare(id: string, from: CompareRef, to: CompareRef): Promise<ApiResult<CompareDto>> {
    const answer = await sendJson('GET', `${base(id)}/compare?${new URLSearchParams({ from: String(from), to: String(to) })}`);
    return answer.ok ? ok(answer.value as CompareDto) : answer;
  },
};
export type HistoryApi = typeof historyApi;
