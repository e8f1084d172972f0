import { isStorageUnavailable, StorageUnavailableError } from '../db/errors';
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
 * `handle` for routes under /api/diagrams/:id — resolves the id once, answering
 * 404 for a malformed one, then runs `work` with it.
 */
export function handleForDiagram(
  request: Request,
  context: { params: Promise<{ id: string }> },
  work: (diagramId: string) => Promise<Response>,
): Promise<Response> {
  return handle(request, async () => {
    const id = diagramIdParam((await context.params).id);
    return id.ok ? work(id.value) : errorResponse(id.error);
  });
}
