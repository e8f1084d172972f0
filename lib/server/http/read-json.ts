import { err, ok, type Result } from '../../result';
import type { ApiError } from './responses';

export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

/** `TABLECRAFT_MAX_BODY_BYTES`, read per request so it can change without a restart of the module. */
export function maxBodyBytes(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const configured = Number(env.TABLECRAFT_MAX_BODY_BYTES);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_MAX_BODY_BYTES;
}

export interface ReadJsonOptions {
  readonly maxBytes?: number;
  /** An empty body is allowed and reads as `undefined` (e.g. POST …/versions with no label). */
  readonly optional?: boolean;
}

const tooLarge = (limit: number): ApiError => ({
  code: 'payload_too_large',
  message: `the request body is larger than ${limit} bytes (the limit is set by TABLECRAFT_MAX_BODY_BYTES)`,
});

/**
 * Reads a JSON request body without trusting the client: a declared
 * Content-Length over the limit is refused before reading, and the bytes
 * actually received are counted while streaming, so a missing or lying header
 * cannot push more than the limit into memory.
 */
export async function readJsonBody(request: Request, options: ReadJsonOptions = {}): Promise<Result<unknown, ApiError>> {
  const limit = options.maxBytes ?? maxBodyBytes();
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) return err(tooLarge(limit));

  const bytes = await readLimited(request, limit);
  if (bytes === null) return err(tooLarge(limit));
  if (bytes.byteLength === 0) {
    return options.optional
      ? ok(undefined)
      : err({ code: 'invalid_json', message: 'the request body is empty: send a JSON object' });
  }

  const mediaType = request.headers.get('content-type');
  if (!isJsonMediaType(mediaType)) {
    return err({
      code: 'unsupported_media_type',
      message: `the request body must be JSON sent with "Content-Type: application/json" (got ${mediaType ? `"${mediaType}"` : 'no Content-Type'})`,
    });
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return err({ code: 'invalid_json', message: 'the request body is not valid UTF-8' });
  }
  if (text.trim() === '' && options.optional) return ok(undefined);
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    return err({ code: 'invalid_json', message: `the request body is not valid JSON: ${(error as Error).message}` });
  }
}

/** The body's bytes, or null as soon as more than `limit` arrive (the rest is not read). */
async function readLimited(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** `application/json` or `application/…+json`, in UTF-8 when a charset is named. */
function isJsonMediaType(header: string | null): boolean {
  if (!header) return false;
  const [type = '', ...params] = header.toLowerCase().split(';').map((part) => part.trim());
  if (type !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(type)) return false;
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  return charset === undefined || charset === 'utf-8' || charset === 'utf8';
}
