import type { PoolingDto } from '../../api/dto';
import type { WorkloadInput } from '../../model/workload';
import type { ApiResult } from '../api';
import { requestJson } from '../migrations/request';

/** POST …/pooling: passwords go only into this request body, for the SCRAM secrets. */
export const generatePooling = (id: string, workload: WorkloadInput, passwords: Record<string, string>): Promise<ApiResult<PoolingDto>> =>
  requestJson('POST', `/api/diagrams/${encodeURIComponent(id)}/pooling`, 'pooling', { workload, passwords });
