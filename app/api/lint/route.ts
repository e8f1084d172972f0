import { LintRequest } from '@/lib/api/requests';
import { errorResponse, handleAuthenticated, json, parseRequest, readJsonBody } from '@/lib/server/http';
import { lintMigrations, resolveRuleIds } from '@/lib/lint';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * POST /api/lint { files: [{ name, sql }], pg?, disable? } → 200 { report: LintReport }:
 * the migration linter on files in the order they run (the same rules as `tablecraft lint`).
 */
export function POST(request: Request): Promise<Response> {
  return handleAuthenticated(request, async () => {
    const body = await readJsonBody(request);
    if (!body.ok) return errorResponse(body.error);
    const parsed = parseRequest(LintRequest, body.value);
    if (!parsed.ok) return errorResponse(parsed.error);
    const { files, pg, disable } = parsed.value;
    const names = files.map((f) => f.name);
    const twice = names.find((name, i) => names.indexOf(name) !== i);
    if (twice !== undefined) {
      const message = `the file name "${twice}" appears twice; findings are reported by file name`;
      return errorResponse({ code: 'invalid_request', message, problems: [{ path: 'files', message }] });
    }
    const rules = resolveRuleIds(disable ?? []);
    if (!rules.ok) return errorResponse({ code: 'invalid_request', message: rules.error, problems: [{ path: 'disable', message: rules.error }] });
    const report = await lintMigrations(files.map((f) => ({ name: f.name, text: f.sql })), { pgVersion: pg, disable });
    return json({ report });
  });
}
