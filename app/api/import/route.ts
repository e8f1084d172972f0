import { z } from 'zod';
import { IMPORT_FORMATS, importSource } from '@/lib/interop/formats';
import { SUPPORTED_POSTGRES_VERSIONS } from '@/lib/model/document';
import { createDiagram } from '@/lib/server/diagrams';
import { authorizeWorkspace } from '@/lib/server/auth';
import { diagramErrorResponse, errorResponse, handleAuthenticated, json, parseRequest, readJsonBody, toApiProblems } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const ImportRequest = z.object({
  format: z.enum(IMPORT_FORMATS, { error: `format is one of ${IMPORT_FORMATS.join(', ')}` }),
  source: z.string({ error: 'source is the text of the schema' }).min(1, 'source cannot be empty'),
  name: z.string().trim().min(1, 'name cannot be empty').max(200, 'name is at most 200 characters').optional(),
  postgresVersion: z.number().int().refine((v) => (SUPPORTED_POSTGRES_VERSIONS as readonly number[]).includes(v), {
    message: `postgresVersion is one of ${SUPPORTED_POSTGRES_VERSIONS.join(', ')}`,
  }).optional(),
  create: z.boolean().optional(),
}).strict();

/**
 * POST /api/import { format, source, name?, postgresVersion?, create? } →
 * 200 { document, report }, or with `create: true` 201 { diagram, report }.
 * A source that does not parse is a 422 whose message names the line and column.
 * Converting needs only a session or a link; `create: true` needs edit in the
 * workspace (the `workspace` query parameter, else the requester's own).
 */
export function POST(request: Request): Promise<Response> {
  return handleAuthenticated(request, async () => {
    const body = await readJsonBody(request);
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(ImportRequest, body.value);
    if (!parsed.ok) return errorResponse(parsed.error);
    const { format, source, name, postgresVersion, create } = parsed.value;

    const imported = await importSource(format, source, { name, postgresVersion });
    if (!imported.ok) {
      const error = imported.error;
      if (error.kind === 'parse_error') {
        const message = `the ${format} source does not parse: line ${error.line}, column ${error.column}: ${error.message}`;
        return errorResponse({ code: 'invalid_document', message, problems: [{ path: 'source', message }] });
      }
      const problems = toApiProblems(error.problems, '(document)');
      return errorResponse({ code: 'invalid_document', message: error.message, problems });
    }
    const { document, report } = imported.value;
    if (!create) return json({ document, report });
    const requested = new URL(request.url).searchParams.get('workspace') ?? undefined;
    const access = await authorizeWorkspace(request, 'edit', requested);
    if (!access.ok) return errorResponse(access.error);
    const created = await createDiagram(document, access.value.workspaceId);
    if (!created.ok) return diagramErrorResponse(created.error);
    return json({ diagram: created.value, report }, 201, { location: `/api/diagrams/${created.value.id}` });
  });
}
