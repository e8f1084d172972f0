import { z } from 'zod';
import type { DiagramDetail } from '../api/dto';
import { DiagramDocument } from '../model/document';
import { err, ok } from '../result';
import type { ApiFailure, ApiResult } from './api';

/**
 * The browser's calls to the interop routes: `POST /api/import` (a preview, or
 * a stored diagram) and `GET /api/diagrams/:id/export` (a file). Like `api.ts`,
 * every call resolves to a Result; failures carry the server's message, which
 * for a source that does not parse names the line and column.
 */

export const IMPORT_FORMATS = ['sql', 'dbml', 'prisma', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const EXPORT_FORMATS = ['dbml', 'prisma', 'sql', 'json', 'dictionary-md', 'dictionary-html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

// The server's registry (lib/interop/formats.ts) pulls in the WebAssembly SQL parser,
// so the browser keeps its own copy of this small table of file extensions.
const EXTENSIONS: Record<string, ImportFormat> = { sql: 'sql', ddl: 'sql', dbml: 'dbml', prisma: 'prisma', json: 'json' };

/** The format a file name implies (`schema.prisma` → prisma), or null. */
export function importFormatOfFile(fileName: string): ImportFormat | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return extension ? EXTENSIONS[extension] ?? null : null;
}

const Counts = z.record(z.string(), z.number().int());
const Report = z.object({
  format: z.enum(IMPORT_FORMATS),
  counts: z.object({ imported: Counts, skipped: Counts, failed: z.number().int() }),
  warnings: z.array(z.object({ line: z.number().int().nullable(), message: z.string() })),
  target: z.object({ postgresVersion: z.number().int(), reason: z.string().nullable() }),
  // The SQL details are shown only in part: the statement count and the sequences left out of the diagram.
  sql: z.looseObject({
    statementCount: z.number().int(),
    sequences: z.array(z.looseObject({ name: z.string() })),
  }).nullable(),
});
export type ImportPreviewReport = z.infer<typeof Report>;

const Summary = z.object({
  id: z.string(),
  name: z.string(),
  revision: z.number().int(),
  tableCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const PreviewBody = z.object({ document: DiagramDocument, report: Report });
const CreatedBody = z.object({ diagram: Summary.extend({ document: DiagramDocument }), report: Report });
const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    problems: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

export interface ImportInput {
  format: ImportFormat;
  source: string;
  name?: string;
}

/** Reads the source on the server without storing anything. */
export async function previewImport(input: ImportInput): Promise<ApiResult<{ document: DiagramDocument; report: ImportPreviewReport }>> {
  const sent = await postImport({ ...input, create: false });
  if (!sent.ok) return sent;
  return readBody(sent.value, PreviewBody, (b) => b);
}

/** Reads the source and stores it as a new diagram. */
export async function createFromImport(input: ImportInput): Promise<ApiResult<{ diagram: DiagramDetail; report: ImportPreviewReport }>> {
  const sent = await postImport({ ...input, create: true });
  if (!sent.ok) return sent;
  return readBody(sent.value, CreatedBody, (b) => b);
}

/** The diagram as a file, with the name the server gives it. */
export async function fetchExport(diagramId: string, format: ExportFormat): Promise<ApiResult<{ blob: Blob; fileName: string }>> {
  const path = `/api/diagrams/${encodeURIComponent(diagramId)}/export?format=${format}`;
  let response: Response;
  try {
    response = await fetch(path, { cache: 'no-store' });
  } catch (cause) {
    return failure(0, 'network_error', `Could not reach the Tablecraft server (${cause instanceof Error ? cause.message : String(cause)}).`);
  }
  if (!response.ok) return errorOf(response);
  const fileName = fileNameOf(response.headers.get('content-disposition')) ?? `diagram.${format}`;
  return ok({ blob: await response.blob(), fileName });
}

/** The exact name from `filename*=UTF-8''…`, else the ASCII `filename="…"`. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  return /filename="([^"]*)"/i.exec(disposition)?.[1] ?? null;
}

async function postImport(body: ImportInput & { create: boolean }): Promise<ApiResult<Response>> {
  const name = body.name?.trim();
  const payload = { format: body.format, source: body.source, create: body.create, ...(name ? { name } : {}) };
  try {
    const response = await fetch('/api/import', {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      cache: 'no-store',
    });
    return response.ok ? ok(response) : errorOf(response);
  } catch (cause) {
    return failure(0, 'network_error', `Could not reach the Tablecraft server (${cause instanceof Error ? cause.message : String(cause)}).`);
  }
}

async function readBody<S extends z.ZodType, T>(response: Response, schema: S, pick: (parsed: z.infer<S>) => T): Promise<ApiResult<T>> {
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (parsed.success) return ok(pick(parsed.data));
  const issue = parsed.error.issues[0];
  const where = issue ? ` at ${issue.path.join('.') || 'the top level'}: ${issue.message}` : '';
  return failure(response.status, 'bad_response', `The server's answer to the import was not understood${where}.`);
}

async function errorOf(response: Response): Promise<ApiResult<never>> {
  const parsed = ErrorBody.safeParse(await response.json().catch(() => undefined));
  if (parsed.success) return err({ status: response.status, error: { ...parsed.data.error, code: parsed.data.error.code as ApiFailure['error']['code'] } });
  return failure(response.status, 'bad_response', `The server answered ${response.status} ${response.statusText} without an error message.`);
}

function failure(status: number, code: ApiFailure['error']['code'], message: string): ApiResult<never> {
  return err({ status, error: { code, message } });
}
