import type { PoolingDto } from '@/lib/api/dto';
import { PoolingRequest } from '@/lib/api/requests';
import { defaultWorkload } from '@/lib/api/workload-defaults';
import { Workload } from '@/lib/model/workload';
import { getDiagram, getVersion } from '@/lib/server/diagrams';
import { diagramErrorResponse, errorResponse, handleForDiagram, json, parseRequest, readJsonBody, summarize, toApiProblems } from '@/lib/server/http';
import { poolingErrorResponse, poolingFiles } from '@/lib/server/migrations';
import { zodIssuesToProblems } from '@/lib/model/parse';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

interface Context {
  params: Promise<{ id: string }>;
}

/**
 * POST /api/diagrams/:id/pooling { workload?, version?, passwords? } → 200 { pooling: PoolingDto }:
 * pgbouncer.ini, userlist.txt (SCRAM secrets), Supavisor JSON and env, the
 * sizing arithmetic and the compatibility report. The workload is the one sent,
 * else the document's (or the named version's), else defaults. Passwords are
 * used only to derive SCRAM secrets: never stored, logged or sent back.
 */
export function POST(request: Request, context: Context): Promise<Response> {
  return handleForDiagram(request, context, 'view', async (id) => {
    const body = await readJsonBody(request, { optional: true });
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(PoolingRequest, body.value ?? {});
    if (!parsed.ok) return errorResponse(parsed.error);
    const { workload: sent, version, passwords } = parsed.value;

    const source = version === undefined ? await getDiagram(id) : await getVersion(id, version);
    if (!source.ok) return diagramErrorResponse(source.error);
    let workload: Workload;
    let workloadSource: PoolingDto['workloadSource'];
    if (sent !== undefined) {
      const checked = Workload.safeParse(sent);
      if (!checked.success) {
        const problems = toApiProblems(zodIssuesToProblems(checked.error.issues).map((p) => ({ ...p, path: ['workload', ...p.path] })), 'workload');
        return errorResponse({ code: 'invalid_request', message: summarize('the workload is not valid', problems), problems });
      }
      [workload, workloadSource] = [checked.data, 'request'];
    } else if (source.value.document.workload) {
      [workload, workloadSource] = [source.value.document.workload, 'document'];
    } else {
      [workload, workloadSource] = [defaultWorkload(source.value.document.name), 'defaults'];
    }

    const files = await poolingFiles(workload, new Map(Object.entries(passwords ?? {})));
    if (!files.ok) return poolingErrorResponse(files.error);
    const pooling: PoolingDto = { workload, workloadSource, ...files.value };
    return json({ pooling });
  });
}
