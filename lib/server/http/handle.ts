import { isStorageUnavailable, StorageUnavailableError } from '../db/errors';
import { authenticate, authorizeDiagram, authorizeWorkspace, type DiagramAccess, type Permission, type Principal, type WorkspaceAccess } from '../auth';
import { diagramIdParam } from './params';
import { errorResponse } from './responses';

/**
 * Runs a route handler so that nothing escapes as an unhandled error: the
 * database being unreachable becomes a 503 that says what to check, anything
 * else a generic 500 whose details go only to the server log.
 */
export async function handle(request: Request, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    const where = `${request.method} ${safePath(request.url)}`;
    if (isStorageUnavailable(error)) {
      console.error(`[tablecraft] api: ${where}: storage unavailable: ${(error as Error).message}`);
      const message = error instanceof StorageUnavailableError
        ? `the database is unavailable: ${error.message}`
        : 'the database cannot be reached: check that it is running (DATABASE_URL, or the embedded data folder TABLECRAFT_DATA_DIR) and try again';
      return errorResponse({ code: 'storage_unavailable', message }, { 'retry-after': '5' });
    }
    console.error(`[tablecraft] api: ${where}: internal error`, error);
    return errorResponse({ code: 'internal', message: 'something went wrong on the server; the details are in the server log' });
  }
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '(unknown path)';
  }
}

/**
 * `handle` for routes under /api/diagrams/:id — resolves the id (404 for a
 * malformed one), checks that the requester may do `permission` on that diagram
 * (401 without a session when access control applies, 404 for a diagram they
 * cannot see, 403 for one they cannot change), then runs `work`.
 */
export function handleForDiagram(
  request: Request,
  context: { params: Promise<{ id: string }> },
  permission: Permission,
  work: (diagramId: string, access: DiagramAccess) => Promise<Response>,
): Promise<Response> {
  return handle(request, async () => {
    const id = diagramIdParam((await context.params).id);
    if (!id.ok) return errorResponse(id.error);
    const access = await authorizeDiagram(request, id.value, permission);
    return access.ok ? work(id.value, access.value) : errorResponse(access.error);
  });
}

/**
 * `handle` for routes that act in a workspace (the diagram list, connections,
 * the sandbox, PgBouncer): the `workspace` query parameter names it, else the
 * requester's own.
 */
export function handleForWorkspace(
  request: Request,
  permission: Permission,
  work: (access: WorkspaceAccess) => Promise<Response>,
): Promise<Response> {
  return handle(request, async () => {
    const requested = new URL(request.url).searchParams.get('workspace') ?? undefined;
    const access = await authorizeWorkspace(request, permission, requested);
    return access.ok ? work(access.value) : errorResponse(access.error);
  });
}

/** `handle` for stateless tools (analyze, lint, import, templates): any signed-in requester or link holder. */
export function handleAuthenticated(request: Request, work: (principal: Principal) => Promise<Response>): Promise<Response> {
  return handle(request, async () => {
    const principal = await authenticate(request);
    return principal.ok ? work(principal.value) : errorResponse(principal.error);
  });
}
