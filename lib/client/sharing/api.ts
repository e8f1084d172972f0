import { z } from 'zod';
import type { DiagramDetail } from '../../api/dto';
import { SHARE_LINK_ROLES, type CreatedShareLinkDto, type DiagramAccessDto, type ShareLinkDto } from '../../api/share-dto';
import type { CreateShareLinkRequest } from '../../api/share-requests';
import { DiagramDocument } from '../../model/document';
import { ok } from '../../result';
import type { ApiResult } from '../api';
import { failure, sendJson } from './request';

const Access = z.object({
  role: z.enum(['owner', 'editor', 'commenter', 'viewer']),
  actorName: z.string(),
  via: z.enum(['local', 'account', 'link']),
  canComment: z.boolean(),
  canEdit: z.boolean(),
  canManage: z.boolean(),
  canShare: z.boolean(),
});
const Opened = z.object({
  diagram: z.object({
    id: z.string(), name: z.string(), revision: z.number().int(), tableCount: z.number().int(),
    createdAt: z.string(), updatedAt: z.string(), document: DiagramDocument,
  }),
  access: Access,
});
const Link = z.object({
  id: z.string(),
  role: z.enum(SHARE_LINK_ROLES),
  label: z.string().nullable(),
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  status: z.enum(['active', 'expired', 'revoked']),
  canRevoke: z.boolean(),
});

export interface OpenedDiagram {
  detail: DiagramDetail;
  access: DiagramAccessDto;
}

const diagramPath = (id: string) => `/api/diagrams/${encodeURIComponent(id)}`;

/** GET /api/diagrams/:id with what the requester may do there (the designer and the subpages open it this way). */
export async function openDiagram(id: string): Promise<ApiResult<OpenedDiagram>> {
  return parsed(await sendJson('GET', diagramPath(id)), Opened, 'GET', (b) => ({ detail: b.diagram, access: b.access }));
}

export async function listShareLinks(diagramId: string): Promise<ApiResult<ShareLinkDto[]>> {
  return parsed(await sendJson('GET', `${diagramPath(diagramId)}/shares`), z.object({ links: z.array(Link) }), 'GET', (b) => b.links);
}

export async function createShareLink(diagramId: string, input: CreateShareLinkRequest): Promise<ApiResult<CreatedShareLinkDto>> {
  const schema = z.object({ link: Link, token: z.string(), path: z.string() });
  return parsed(await sendJson('POST', `${diagramPath(diagramId)}/shares`, input), schema, 'POST', (b) => b);
}

export async function revokeShareLink(diagramId: string, linkId: string): Promise<ApiResult<ShareLinkDto>> {
  const answer = await sendJson('DELETE', `${diagramPath(diagramId)}/shares/${encodeURIComponent(linkId)}`);
  return parsed(answer, z.object({ link: Link }), 'DELETE', (b) => b.link);
}

/** The client functions as one object, so the share store and its tests can take a stand-in. */
export const shareApi = { listShareLinks, createShareLink, revokeShareLink };
export type ShareApi = typeof shareApi;

function parsed<S extends z.ZodType, T>(answer: ApiResult<unknown>, schema: S, method: string, pick: (body: z.infer<S>) => T): ApiResult<T> {
  if (!answer.ok) return answer;
  const checked = schema.safeParse(answer.value);
  if (checked.success) return ok(pick(checked.data));
  const issue = checked.error.issues[0];
  const where = issue ? ` at ${issue.path.join('.') || 'the top level'}: ${issue.message}` : '';
  return failure(200, 'bad_response', `The server's answer to ${method} was not understood${where}.`);
}
