import type { TemplateSummary } from '@/lib/api/dto';
import { handleAuthenticated, json } from '@/lib/server/http';
import { TEMPLATES } from '@/lib/templates';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET /api/templates → 200 { templates: TemplateSummary[] }; create from one with POST /api/diagrams { templateId }. */
export function GET(request: Request): Promise<Response> {
  return handleAuthenticated(request, async () => {
    const templates: TemplateSummary[] = TEMPLATES.map(({ id, name, description }) => ({ id, name, description }));
    return json({ templates });
  });
}
