import { beforeAll, describe, expect, it } from 'vitest';
import type { CreatedShareLinkDto, DiagramAccessDto, ShareLinkDto } from '../../lib/api/share-dto';
import type { DiagramDetail } from '../../lib/api/dto';
import * as item from '../../app/api/diagrams/[id]/route';
import * as shares from '../../app/api/diagrams/[id]/shares/route';
import * as share from '../../app/api/diagrams/[id]/shares/[linkId]/route';
import * as visit from '../../app/s/[token]/route';
import { createSession } from '../../lib/server/auth/sessions';
import type { Database } from '../../lib/server/db/prisma';
import { getStorage } from '../../lib/server/db/singleton';
import { SHARE_COOKIE_MAX_AGE_SECONDS } from '../../lib/server/sharing/cookie';
import { holdsStaleShareLink } from '../../lib/server/sharing/page-guard';
import { apiError, call, request, useTemporaryStorage } from '../api/support/api';
import { aDiagram, aMember } from './support/fixtures';

useTemporaryStorage();

const HOUR = 60 * 60 * 1000;

let db: Database;
let diagramId: string;
/** The owner's session cookie, once the owner account exists. */
let owner = '';

const asOwner = () => ({ cookie: `tablecraft_session=${owner}` });
const withLink = (token: string) => ({ cookie: `tablecraft_share=${token}` });

const createLink = (body: unknown, headers: Record<string, string> = asOwner(), id = diagramId) =>
  call<CreatedShareLinkDto>(shares.POST, request('POST', `/api/diagrams/${id}/shares`, { body, headers }), { id });
const listLinks = (headers: Record<string, string> = asOwner()) =>
  call<{ links: ShareLinkDto[] }>(shares.GET, request('GET', `/api/diagrams/${diagramId}/shares`, { headers }), { id: diagramId });
const revokeLink = (linkId: string, headers: Record<string, string> = asOwner()) =>
  call<{ link: ShareLinkDto }>(share.DELETE, request('DELETE', `/api/diagrams/${diagramId}/shares/${linkId}`, { headers }), { id: diagramId, linkId });
const getDiagram = (headers: Record<string, string>, id = diagramId) =>
  call<{ diagram: DiagramDetail; access: DiagramAccessDto }>(item.GET, request('GET', `/api/diagrams/${id}`, { headers }), { id });

async function open(token: string, url = `/s/${token}`, headers: Record<string, string> = {}): Promise<Response> {
  return visit.GET(new Request(url.startsWith('http') ? url : `http://127.0.0.1:3000${url}`, { headers }), { params: Promise.resolve({ token }) });
}

beforeAll(async () => {
  db = (await getStorage()).db;
  diagramId = await aDiagram('Routes');
});

describe('share links over HTTP', () => {
  it('in open mode, GET /api/diagrams/:id says the local owner may do everything, and making a link is refused with 409 owner_required', async () => {
    const opened = await getDiagram({});
    expect(opened.status).toBe(200);
    expect(opened.body.access).toEqual({
      role: 'owner', actorName: 'Local owner', via: 'local', canComment: true, canEdit: true, canManage: true, canShare: true,
    });
    const refused = await createLink({ role: 'viewer' }, {});
    expect(refused.status).toBe(409);
    expect(apiError(refused)).toMatchObject({ code: 'owner_required' });
    expect(apiError(refused).message).toContain('/setup');
  });

  it('makes a link once the owner account exists: 201, the token once, a Location', async () => {
    const user = await aMember(db, 'owner', 'Olivia Owner');
    owner = (await createSession(db, user.id)).token;
    const made = await createLink({ role: 'viewer', label: '  For review  ' });
    expect(made.status).toBe(201);
    expect(made.headers.get('cache-control')).toBe('no-store');
    expect(made.headers.get('location')).toBe(`/api/diagrams/${diagramId}/shares/${made.body.link.id}`);
    expect(made.body.path).toBe(`/s/${made.body.token}`);
    expect(made.body.link).toMatchObject({ role: 'viewer', label: 'For review', status: 'active', createdBy: { name: 'Olivia Owner' } });

    const listed = await listLinks();
    expect(listed.status).toBe(200);
    expect(listed.body.links.map((l) => l.id)).toContain(made.body.link.id);
    expect(JSON.stringify(listed.body)).not.toContain(made.body.token.slice(4));
  });

  it('validates the body: unknown fields, roles, expiry format and a past expiry are 400 with the path', async () => {
    const cases: [unknown, string][] = [
      [{ role: 'owner' }, 'role'],
      [{ role: 'viewer', token: 'mine' }, 'token'],
      [{ role: 'viewer', expiresAt: 'tomorrow' }, 'expiresAt'],
      [{ role: 'viewer', expiresAt: new Date(Date.now() - HOUR).toISOString() }, 'expiresAt'],
      [{ role: 'viewer', label: 'x'.repeat(201) }, 'label'],
    ];
    for (const [body, path] of cases) {
      const answer = await createLink(body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(apiError(answer).problems?.map((p) => p.path)).toContain(path);
    }
  });

  it('a link visitor sees the diagram with their role, cannot write, cannot list or make links', async () => {
    const viewer = (await createLink({ role: 'viewer' })).body;
    const opened = await getDiagram(withLink(viewer.token));
    expect(opened.status).toBe(200);
    expect(opened.body.access).toMatchObject({ role: 'viewer', via: 'link', canComment: false, canEdit: false, canManage: false, canShare: false });

    const put = await call(item.PUT, request('PUT', `/api/diagrams/${diagramId}`, {
      body: { baseRevision: opened.body.diagram.revision, name: 'Defaced' }, headers: withLink(viewer.token),
    }), { id: diagramId });
    expect(put.status).toBe(403);
    expect((await listLinks(withLink(viewer.token))).status).toBe(403);

    const editor = (await createLink({ role: 'editor' })).body;
    expect((await getDiagram(withLink(editor.token))).body.access).toMatchObject({ role: 'editor', canEdit: true, canShare: false });
    // Reading the list is harmless (no tokens) and allowed with edit; making a link is not.
    const seen = await listLinks(withLink(editor.token));
    expect(seen.status).toBe(200);
    expect(seen.body.links.every((l) => !l.canRevoke)).toBe(true);
    const spawned = await createLink({ role: 'viewer' }, withLink(editor.token));
    expect(spawned.status).toBe(403);
    expect(apiError(spawned).message).toContain('share link');
  });

  it('a link opens its own diagram only', async () => {
    const other = await aDiagram('Elsewhere');
    const viewer = (await createLink({ role: 'viewer' })).body;
    expect((await getDiagram(withLink(viewer.token), other)).status).toBe(404);
  });

  it('revoking: 200 with status revoked, idempotent; the link stops working; unknown or malformed ids are 404', async () => {
    const made = (await createLink({ role: 'commenter' })).body;
    expect((await getDiagram(withLink(made.token))).status).toBe(200);
    const revoked = await revokeLink(made.link.id);
    expect(revoked.status).toBe(200);
    expect(revoked.body.link).toMatchObject({ id: made.link.id, status: 'revoked' });
    expect((await revokeLink(made.link.id)).body.link.revokedAt).toBe(revoked.body.link.revokedAt);
    expect((await getDiagram(withLink(made.token))).status).toBe(401);
    for (const id of ['3f1f8f5e-4d4b-4c47-9d0b-0a4b9b6f2e11', 'not-a-uuid']) expect((await revokeLink(id)).status).toBe(404);
  });
});

describe('GET /s/:token', () => {
  it('a valid link: 303 to the diagram, with an httpOnly, SameSite=Lax, whole-site cookie that outlives nothing', async () => {
    const made = (await createLink({ role: 'viewer' })).body;
    const answer = await open(made.token);
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe(`/diagrams/${diagramId}`);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
    const cookie = answer.headers.get('set-cookie') ?? '';
    const attributes = cookie.split(';').map((part) => part.trim());
    expect(attributes[0]).toBe(`tablecraft_share=${made.token}`);
    expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${SHARE_COOKIE_MAX_AGE_SECONDS}`]));
    expect(attributes).not.toContain('Secure');
  });

  it('the cookie lasts no longer than the link, and is Secure over HTTPS (directly or behind a proxy)', async () => {
    const expiresAt = new Date(Date.now() + 2 * HOUR).toISOString();
    const made = (await createLink({ role: 'viewer', expiresAt })).body;
    const maxAge = Number((await open(made.token)).headers.get('set-cookie')?.match(/Max-Age=(\d+)/)?.[1]);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(2 * 60 * 60);
    expect((await open(made.token, `https://tablecraft.example/s/${made.token}`)).headers.get('set-cookie')).toMatch(/; Secure/);
    expect((await open(made.token, `/s/${made.token}`, { 'x-forwarded-proto': 'https' })).headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('unknown, malformed, revoked and expired links get the same answer, and no cookie', async () => {
    const revoked = (await createLink({ role: 'viewer' })).body;
    await revokeLink(revoked.link.id);
    const expired = (await createLink({ role: 'viewer', expiresAt: new Date(Date.now() + HOUR).toISOString() })).body;
    await db.shareLink.update({ where: { id: expired.link.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const unknown = `tcs_${'A'.repeat(43)}`;

    const answers = await Promise.all([revoked.token, expired.token, unknown, 'not-a-token'].map((token) => open(token)));
    for (const answer of answers) {
      expect(answer.status).toBe(303);
      expect(answer.headers.get('location')).toBe('/s/invalid');
      expect(answer.headers.get('set-cookie')).toBeNull();
    }
    const shapes = answers.map((a) => JSON.stringify([...a.headers.entries()].sort()));
    expect(new Set(shapes).size).toBe(1);
  });

  it('the diagram page sends a browser whose link was revoked to the same answer, unless it is signed in', async () => {
    const made = (await createLink({ role: 'viewer' })).body;
    const jar = (cookies: Record<string, string>) => (name: string) => cookies[name];
    expect(await holdsStaleShareLink(db, jar({ tablecraft_share: made.token }))).toBe(false);
    expect(await holdsStaleShareLink(db, jar({}))).toBe(false);
    await revokeLink(made.link.id);
    expect(await holdsStaleShareLink(db, jar({ tablecraft_share: made.token }))).toBe(true);
    expect(await holdsStaleShareLink(db, jar({ tablecraft_share: made.token, tablecraft_session: owner }))).toBe(false);
  });
});
