import type { z } from 'zod';
import { errorResponse, parseRequest, readJsonBody } from '@/lib/server/http';

/**
 * Reads and checks a body. zod's messages do not quote input, but a request
 * error must not echo an admin URL even by accident: a problem about `adminUrl`
 * keeps only its path (as `url` does on the connection routes).
 */
export async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<{ ok: true; value: z.output<S> } | { ok: false; response: Response }> {
  const body = await readJsonBody(request, { maxBytes: 256 * 1024 });
  if (!body.ok) return { ok: false, response: errorResponse(body.error) };
  const parsed = parseRequest(schema, body.value);
  if (parsed.ok) return { ok: true, value: parsed.value };
  const secret = (path: string) => path === 'adminUrl';
  const problems = parsed.error.problems?.map((p) => (secret(p.path) ? { path: p.path, message: `${p.path} is not valid` } : p));
  const first = problems?.[0];
  const message = first && secret(first.path) ? `the request body is not valid: ${first.path}: ${first.message}` : parsed.error.message;
  return { ok: false, response: errorResponse({ ...parsed.error, message, problems }) };
}
