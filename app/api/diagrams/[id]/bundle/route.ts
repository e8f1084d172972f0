import { PlanQuery } from '@/lib/api/requests';
import { defaultWorkload } from '@/lib/api/workload-defaults';
import { slugify } from '@/lib/bundle';
import { diagramErrorResponse, errorResponse, handleForDiagram, parseRequest } from '@/lib/server/http';
import {
  asBundleFiles, generateBundle, generationErrorResponse, loadEndpoints, poolingErrorResponse, poolingFiles, queryParams,
} from '@/lib/server/migrations';
import { zip } from '@/lib/zip';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string }>;
}

/**
 * GET /api/diagrams/:id/bundle?from=…&to=…&pg=…&safe=…&pooling=1
 * → 200 application/zip: the migration bundle (migrations/, schema.sql, docs/,
 * README.md) plus pgbouncer/ when the `to` document has a workload, or with
 * default sizing when pooling=1. userlist.txt carries placeholders: a GET holds
 * no passwords (POST …/pooling derives the secrets).
 */
export function GET(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'view', async (id) => {
    const query = parseRequest(PlanQuery, queryParams(request.url));
    if (!query.ok) return errorResponse(query.error);
    const { from, to, pg, safe, pooling } = query.value;
    const endpoints = await loadEndpoints(id, from, to, pg);
    if (!endpoints.ok) return diagramErrorResponse(endpoints.error);

    const workload = endpoints.value.after.workload ?? (pooling ? defaultWorkload(endpoints.value.name) : null);
    let extraFiles: ReturnType<typeof asBundleFiles> = [];
    if (workload) {
      const files = await poolingFiles(workload, new Map());
      if (!files.ok) return poolingErrorResponse(files.error);
      extraFiles = asBundleFiles(files.value.files);
    }
    const bundle = await generateBundle(endpoints.value, { safe, extraFiles });
    if (!bundle.ok) return generationErrorResponse(bundle.error);
    const archive = await zip(bundle.value.files.map((f) => ({ path: f.path, data: f.contents })));
    return new Response(archive as Uint8Array<ArrayBuffer>, {
      status: 200,
      headers: {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="${slugify(endpoints.value.name)}-bundle.zip"`,
        'content-length': String(archive.byteLength),
        'cache-control': 'no-store',
      },
    });
  });
}
