import { analyzeDiagram } from '@/lib/analysis';
import type { AnalysisResponse } from '@/lib/api/dto';
import { AnalyzeRequest } from '@/lib/api/requests';
import { parseDocument } from '@/lib/model/parse';
import { diagramErrorResponse, errorResponse, handleAuthenticated, json, parseRequest, readJsonBody } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * POST /api/analyze { document, options? } → 200 { analysis: { findings, summary } }.
 * Stateless: nothing is read or stored, so the editor can check a document as it is edited.
 */
export function POST(request: Request): Promise<Response> {
  return handleAuthenticated(request, async () => {
    const body = await readJsonBody(request);
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(AnalyzeRequest, body.value);
    if (!parsed.ok) return errorResponse(parsed.error);
    const document = parseDocument(parsed.value.document);
    if (!document.ok) return diagramErrorResponse(document.error);
    const answer: AnalysisResponse = { analysis: analyzeDiagram(document.value, parsed.value.options) };
    return json(answer);
  });
}
