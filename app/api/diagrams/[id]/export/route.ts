import { EXPORT_FORMATS, exportDocument, type ExportFormat } from '@/lib/interop/formats';
import { getDiagram } from '@/lib/server/diagrams';
import { diagramErrorResponse, errorResponse, handleForDiagram } from '@/lib/server/http';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string }>;
}

/**
 * GET /api/diagrams/:id/export?format=dbml|prisma|sql|json|dictionary-md|dictionary-html
 * → 200 with the file as an attachment. What the format could not hold is
 * counted in the `X-Tablecraft-Losses` header.
 */
export function GET(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'view', async (id) => {
    const format = new URL(request.url).searchParams.get('format');
    if (format === null || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
      const message = `format is one of ${EXPORT_FORMATS.join(', ')}${format === null ? '' : ` (got "${format}")`}`;
      return errorResponse({ code: 'invalid_request', message, problems: [{ path: 'format', message }] });
    }
    const diagram = await getDiagram(id);
    if (!diagram.ok) return diagramErrorResponse(diagram.error);
    const exported = exportDocument(diagram.value.document, format as ExportFormat);
    if (!exported.ok) {
      const message = `the diagram cannot be written as SQL: ${exported.error.message}`;
      return errorResponse({ code: 'invalid_document', message, problems: [{ path: '(document)', message: exported.error.message }] });
    }
    const file = exported.value;
    return new Response(file.text, {
      status: 200,
      headers: {
        'content-type': file.contentType,
        'content-disposition': contentDisposition(`${diagram.value.name}.${format.startsWith('dictionary') ? `dictionary.${file.fileExtension}` : file.fileExtension}`),
        'cache-control': 'no-store',
        // The losses themselves are what `tablecraft convert` prints; a header carries only how many.
        'x-tablecraft-losses': String(file.losses.length),
      },
    });
  });
}

/** `attachment; filename="shop.dbml"; filename*=UTF-8''…` — an ASCII fallback plus the exact name. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^A-Za-z0-9._ -]+/g, '_').replace(/\s+/g, '-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
