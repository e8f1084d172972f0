import { z } from 'zod';
import type { ApiErrorBody, ApiErrorCode, DiagramDetail, DiagramSummary, TemplateSummary } from '../api/dto';
import { DiagramDocument } from '../model/document';
import { err, ok, type Result } from '../result';
import { sendToSignIn } from './auth/navigation';

/**
 * The browser's only way to the HTTP API. Every call resolves (never rejects) to a
 * Result: the value on success, or the server's error body plus the HTTP status on
 * failure. A request that never reached the server has status 0 and the code
 * `network_error`; an answer we cannot read has the code `bad_response`.
 */
export type ClientErrorCode = ApiErrorCode | 'network_error' | 'bad_response';
export interface ApiFailure {
  status: number;
  error: Omit<ApiErrorBody['error'], 'code'> & { code: ClientErrorCode };
}
export type ApiResult<T> = Result<T, ApiFailure>;

export interface CreateDiagramInput {
  name?: string;
  templateId?: string;
  duplicateOf?: string;
  document?: DiagramDocument;
}

export interface UpdateDiagramInput {
  baseRevision: number;
  name?: string;
  document?: DiagramDocument;
}

const Summary = z.object({
  id: z.string(),
  name: z.string(),
  revision: z.number().int(),
  tableCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const DetailBody = z.object({ diagram: Summary.extend({ document: DiagramDocument }) });
const Template = z.object({ id: z.string(), name: z.string(), description: z.string() });
const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    problems: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    currentRevision: z.number().int().optional(),
  }),
});

export function listTemplates(): Promise<ApiResult<TemplateSummary[]>> {
  return call('GET', '/api/templates', undefined, z.object({ templates: z.array(Template) }), (b) => b.templates);
}

export function listDiagrams(): Promise<ApiResult<DiagramSummary[]>> {
  return call('GET', '/api/diagrams', undefined, z.object({ diagrams: z.array(Summary) }), (b) => b.diagrams);
}

export function createDiagram(input: CreateDiagramInput): Promise<ApiResult<DiagramDetail>> {
  return call('POST', '/api/diagrams', input, DetailBody, (b) => b.diagram);
}

export function getDiagram(id: string): Promise<ApiResult<DiagramDetail>> {
  return call('GET', diagramPath(id), undefined, DetailBody, (b) => b.diagram);
}

export function updateDiagram(id: string, input: UpdateDiagramInput): Promise<ApiResult<DiagramDetail>> {
  return call('PUT', diagramPath(id), input, DetailBody, (b) => b.diagram);
}

export async function deleteDiagram(id: string): Promise<ApiResult<null>> {
  const sent = await send('DELETE', diagramPath(id), undefined);
  return sent.ok ? ok(null) : sent;
}

/** The client functions as one object, so stores and tests can take a stand-in. */
export const api = { listTemplates, listDiagrams, createDiagram, getDiagram, updateDiagram, deleteDiagram };
export type DiagramApi = typeof api;

function diagramPath(id: string): string {
  return `/api/diagrams/${encodeURIComponent(id)}`;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Sends a request and checks the shape of a successful answer. */
async function call<S extends z.ZodType, T>(
  method: Method,
  path: string,
  body: unknown,
  schema: S,
  pick: (parsed: z.infer<S>) => T,
): Promise<ApiResult<T>> {
  const sent = await send(method, path, body);
  if (!sent.ok) return sent;
  const parsed = schema.safeParse(sent.value.json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? ` at ${issue.path.join('.') || 'the top level'}: ${issue.message}` : '';
    return failure(sent.value.status, 'bad_response', `The server's answer to ${method} ${path} was not understood${where}.`);
  }
  return ok(pick(parsed.data));
}

/** Sends a request; a non-2xx answer becomes the server's error body. */
async function send(method: Method, path: string, body: unknown): Promise<ApiResult<{ status: number; json: unknown }>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return failure(0, 'network_error', `Could not reach the Tablecraft server (${detail}).`);
  }
  const json = parseJson(await response.text().catch(() => ''));
  if (response.ok) return ok({ status: response.status, json });
  // The session ended, or access control turned on (a second account, a share link): sign in, then come back.
  if (response.status === 401) sendToSignIn();
  const parsed = ErrorBody.safeParse(json);
  if (parsed.success) {
    return err({ status: response.status, error: { ...parsed.data.error, code: parsed.data.error.code as ClientErrorCode } });
  }
  return failure(response.status, 'bad_response', `The server answered ${response.status} ${response.statusText} without an error message.`);
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function failure(status: number, code: ClientErrorCode, message: string): ApiResult<never> {
  return err({ status, error: { code, message } });
}

/** Failures worth retrying by themselves: the server was unreachable or had a passing problem. */
export function isTransient(failure: ApiFailure): boolean {
  return failure.status === 0 || failure.status >= 500 || failure.error.code === 'storage_unavailable';
}
