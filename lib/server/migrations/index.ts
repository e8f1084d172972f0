export { loadEndpoints, type Endpoints } from './documents';
export { buildPlan, generateBundle, placeFindings } from './plan';
export { asBundleFiles, poolingFiles } from './pooling';
export { generationErrorResponse, poolingErrorResponse } from './errors';
export { queryParams } from './query';
