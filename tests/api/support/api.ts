import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { ApiErrorBody } from '../../../lib/api/dto';
import { closeStorage, getStorage } from '../../../lib/server/db/singleton';

/**
 * Gives the test file its own embedded database: points TABLECRAFT_DATA_DIR at a
 * fresh temporary folder before the first getStorage(), and closes and removes
 * it afterwards. (Vitest runs each file in its own worker, so the process-wide
 * storage is this file's alone.)
 */
export function useTemporaryStorage(): void {
  let dataDir: string | undefined;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'tablecraft-api-'));
    process.env.TABLECRAFT_DATA_DIR = dataDir;
    delete process.env.DATABASE_URL;
    await getStorage();
  });
  afterAll(async () => {
    await closeStorage();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
}

const BASE = 'http://127.0.0.1:3000';

export interface RequestOptions {
  /** Serialized with JSON.stringify unless it is already a string or bytes. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** A request as a browser or curl would send it: JSON content type unless told otherwise. */
export function request(method: string, url: string, options: RequestOptions = {}): Request {
  const { body } = options;
  const hasBody = body !== undefined;
  const payload = !hasBody ? undefined : typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
  return new Request(`${BASE}${url}`, {
    method,
    body: payload as BodyInit | undefined,
    headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...options.headers },
  });
}

/** Any route handler; method syntax keeps the parameter check bivariant, so handlers with typed params fit. */
interface RouteHandler {
  handle(request: Request, context: { params: Promise<Record<string, string>> }): Promise<Response>;
}
type Handler = RouteHandler['handle'];

export interface Answer<T> {
  status: number;
  headers: Headers;
  body: T;
}

/** Calls a route handler the way Next.js does (params as a promise) and reads the JSON answer. */
export async function call<T = unknown>(handler: Handler, req: Request, params: Record<string, string> = {}): Promise<Answer<T>> {
  const response = await handler(req, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text === '' ? undefined : JSON.parse(text)) as T };
}

/** Narrows an error answer and checks its shape once, so tests assert only what they are about. */
export function apiError(answer: Answer<unknown>): ApiErrorBody['error'] {
  const body = answer.body as Partial<ApiErrorBody> | undefined;
  if (!body?.error || typeof body.error.code !== 'string' || typeof body.error.message !== 'string') {
    throw new Error(`expected an ApiErrorBody, got ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return body.error;
}
