import type { AccountDto } from '../../api/auth-dto';
import type { z } from 'zod';
import { err, ok, type Result } from '../../result';
import { getStorage } from '../db/singleton';
import { parseRequest } from '../http/problems';
import { readJsonBody } from '../http/read-json';
import { errorResponse, json } from '../http/responses';
import { checkOrigin } from './csrf';
import { createSession, sessionCookie } from './sessions';

/** The sign-in forms' bodies are small; nothing else is accepted. */
const MAX_AUTH_BODY = 8 * 1024;

/** The body of a public account form, after the cross-site check (sign-in forms are a CSRF target too). */
export async function readAuthForm<S extends z.ZodType>(request: Request, schema: S): Promise<Result<z.output<S>, Response>> {
  const origin = checkOrigin(request);
  if (!origin.ok) return err(errorResponse(origin.error));
  const body = await readJsonBody(request, { maxBytes: MAX_AUTH_BODY });
  if (!body.ok) return err(errorResponse(body.error));
  const parsed = parseRequest(schema, body.value);
  // Problem messages never quote the input (lib/model/parse.ts), so a password cannot come back.
  if (!parsed.ok) return err(errorResponse(parsed.error));
  return ok(parsed.value);
}

/** Starts a session for `user` and answers with it (the cookie carries the token). */
export async function signedIn(request: Request, user: AccountDto, status: number): Promise<Response> {
  const { token, expiresAt } = await createSession((await getStorage()).db, user.id);
  return json({ user }, status, { 'set-cookie': sessionCookie(request, token, expiresAt) });
}
