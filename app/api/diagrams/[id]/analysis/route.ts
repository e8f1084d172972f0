import { AnalysisOptions, analyzeDiagram, previewAnalysisFix, type PreviewError } from '@/lib/analysis';
import type { DiagramAnalysisResponse, FixPreviewResponse } from '@/lib/api/dto';
import { PreviewFixRequest } from '@/lib/api/requests';
import { err, ok, type Result } from '@/lib/result';
import { getDiagram } from '@/lib/server/diagrams';
import { staleRevision } from '@/lib/server/diagrams/errors';
import { type ApiError, diagramErrorResponse, errorResponse, handleForDiagram, json, parseRequest, readJsonBody, toApiProblems } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string }>;
}

/** GET /api/diagrams/:id/analysis[?only=normalization,index] → 200 { revision, analysis } of the stored document. */
export function GET(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'view', async (id) => {
    const only = onlyParam(new URL(request.url).searchParams.get('only'));
    if (!only.ok) return errorResponse(only.error);
    const diagram = await getDiagram(id);
    if (!diagram.ok) return diagramErrorResponse(diagram.error);
    const answer: DiagramAnalysisResponse = { revision: diagram.value.revision, analysis: analyzeDiagram(diagram.value.document, { only: only.value }) };
    return json(answer);
  });
}

/**
 * POST /api/diagrams/:id/analysis { fix, baseRevision?, options? } → 200 { revision, preview }:
 * the fixed document, its migration and its analysis. Nothing is saved; the
 * client saves the preview's document with PUT /api/diagrams/:id when the user applies it.
 */
export function POST(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'view', async (id) => {
    const body = await readJsonBody(request);
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(PreviewFixRequest, body.value);
    if (!parsed.ok) return errorResponse(parsed.error);
    const { fix, baseRevision, options } = parsed.value;

    const diagram = await getDiagram(id);
    if (!diagram.ok) return diagramErrorResponse(diagram.error);
    const { revision, document } = diagram.value;
    if (baseRevision !== undefined && baseRevision !== revision) return diagramErrorResponse(staleRevision(baseRevision, revision));

    const preview = previewAnalysisFix(document, fix);
    if (!preview.ok) return errorResponse(previewError(preview.error));
    const answer: FixPreviewResponse = { revision, preview: { ...preview.value, analysis: analyzeDiagram(preview.value.document, options) } };
    return json(answer);
  });
}

function onlyParam(raw: string | null): Result<AnalysisOptions['only'], ApiError> {
  if (raw === null) return ok(undefined);
  const parsed = AnalysisOptions.shape.only.safeParse(raw.split(',').map((s) => s.trim()).filter(Boolean));
  if (parsed.success) return ok(parsed.data);
  const message = `only is a comma-separated list of categories (normalization, index, partitioning, types, roles); got "${raw}"`;
  return err({ code: 'invalid_request', message, problems: [{ path: 'only', message }] });
}

/** A fix that no longer fits is the request's fault (400); a migration that cannot be generated is the document's (422). */
function previewError(error: PreviewError): ApiError {
  switch (error.kind) {
    case 'not_applicable':
      return { code: 'invalid_request', message: `the fix cannot be applied: ${error.message}`, problems: [{ path: 'fix', message: error.message }] };
    case 'invalid_result':
      return { code: 'invalid_document', message: error.message, problems: toApiProblems(error.problems, '(document)') };
    case 'ddl':
      return { code: 'invalid_document', message: `the migration for this fix cannot be generated: ${error.message}`, problems: [{ path: '(document)', message: error.message }] };
  }
}
