export { handle, handleAuthenticated, handleForDiagram, handleForWorkspace } from './handle';
export { readJsonBody, maxBodyBytes, DEFAULT_MAX_BODY_BYTES } from './read-json';
export { parseRequest, toApiProblems, summarize } from './problems';
export { diagramErrorResponse } from './diagram-errors';
export { diagramIdParam, versionParam } from './params';
export { json, noContent, errorResponse, STATUS_OF, type ApiError } from './responses';
