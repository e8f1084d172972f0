import { err, ok, type Result } from '../../result';
import type { ApiError } from '../http/responses';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery guard: a state-changing request whose Origin is
 * another site is refused. Browsers always send Origin on cross-site POST, PUT,
 * PATCH and DELETE; same-site requests from the app carry this host. Requests
 * without an Origin (curl, the CLI, server-to-server) and requests that
 * authenticate with an Authorization header (which a foreign page cannot set
 * without a CORS preflight this server never grants) are not affected. It
 * applies in every access mode: in the open single-user mode a web page on
 * another site could otherwise drive the local app.
 */
export function checkOrigin(request: Request): Result<void, ApiError> {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return ok(undefined);
  if (request.headers.get('authorization')?.toLowerCase().startsWith('bearer ')) return ok(undefined);
  const origin = request.headers.get('origin');
  if (origin === null) return ok(undefined);
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return err(refusal(origin));
  }
  return requestHosts(request).includes(originHost) ? ok(undefined) : err(refusal(origin));
}

function requestHosts(request: Request): string[] {
  const hosts = [request.headers.get('x-forwarded-host')?.split(',')[0], request.headers.get('host')];
  try {
    hosts.push(new URL(request.url).host);
  } catch {
    // no usable URL: the headers decide
  }
  return hosts.filter((h): h is string => Boolean(h)).map((h) => h.trim().toLowerCase());
}

function refusal(origin: string): ApiError {
  return { code: 'forbidden', message: `refused a cross-site request from ${origin.slice(0, 200)}: changes are accepted only from pages of this server` };
}
