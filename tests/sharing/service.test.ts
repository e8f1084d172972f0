import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { isShareTokenShape } from '../../lib/server/auth/tokens';
import type { Database } from '../../lib/server/db/prisma';
import { getStorage } from '../../lib/server/db/singleton';
import { createShareService, mayGrant, resolveShareToken, type ShareService } from '../../lib/server/sharing';
import { useTemporaryStorage } from '../api/support/api';
import { aDiagram, aMember, linkAccess, localAccess, memberAccess } from './support/fixtures';

useTemporaryStorage();

const DAY = 24 * 60 * 60 * 1000;

function value<T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}
function failure(result: { ok: boolean; error?: { code: string; message: string } }): { code: string; message: string } {
  if (result.ok || !result.error) throw new Error('expected a failure');
  return result.error;
}

let db: Database;
let shares: ShareService;
beforeAll(async () => {
  db = (await getStorage()).db;
  shares = createShareService(db);
});

describe('open mode (no owner account yet)', () => {
  it('refuses to make a link, with owner_required pointing at /setup, and stores nothing', async () => {
    const diagramId = await aDiagram();
    const refused = failure(await shares.createLink(localAccess(diagramId), { role: 'viewer' }));
    expect(refused.code).toBe('owner_required');
    expect(refused.message).toContain('/setup');
    expect(await db.shareLink.count()).toBe(0);
  });
});

describe('with an owner account', () => {
  let owner: { id: string; name: string };
  beforeAll(async () => {
    owner = await aMember(db, 'owner', 'Olivia Owner');
  });

  it('returns the token once and stores only its SHA-256: no column holds the token', async () => {
    const diagramId = await aDiagram();
    const created = value(await shares.createLink(memberAccess(diagramId, owner, 'owner'), { role: 'viewer', label: 'For the auditors' }));
    expect(isShareTokenShape(created.token)).toBe(true);
    expect(created.path).toBe(`/s/${created.token}`);
    expect(created.link).toMatchObject({ role: 'viewer', label: 'For the auditors', status: 'active', expiresAt: null, revokedAt: null, createdBy: owner });

    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>('SELECT * FROM tablecraft.share_links WHERE id = $1::uuid', created.link.id);
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows);
    const secret = created.token.slice('tcs_'.length);
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(secret.slice(0, 16));
    expect(rows[0]!.token_hash).toBe(createHash('sha256').update(created.token).digest('hex'));

    // The hash is how a token is found again.
    expect(await resolveShareToken(db, created.token)).toEqual({ linkId: created.link.id, diagramId, role: 'viewer' });
    expect(await resolveShareToken(db, `${created.token.slice(0, -1)}${created.token.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
  });

  it('lists links without tokens or hashes, newest first, with who made them', async () => {
    const diagramId = await aDiagram();
    const access = memberAccess(diagramId, owner, 'owner');
    const first = value(await shares.createLink(access, { role: 'viewer' }));
    const second = value(await shares.createLink(access, { role: 'editor', label: 'pairing' }));
    const listed = value(await shares.listLinks(access));
    expect(listed.map((l) => l.id)).toEqual([second.link.id, first.link.id]);
    const text = JSON.stringify(listed);
    for (const token of [first.token, second.token]) {
      expect(text).not.toContain(token.slice(4));
      expect(text).not.toContain(createHash('sha256').update(token).digest('hex'));
    }
    expect(Object.keys(listed[0]!).sort()).toEqual(['canRevoke', 'createdAt', 'createdBy', 'expiresAt', 'id', 'label', 'revokedAt', 'role', 'status']);
  });

  it('revokes: the token stops working at once, and revoking again keeps the first time', async () => {
    const diagramId = await aDiagram();
    const access = memberAccess(diagramId, owner, 'owner');
    const created = value(await shares.createLink(access, { role: 'commenter' }));
    const revoked = value(await shares.revokeLink(access, created.link.id));
    expect(revoked.status).toBe('revoked');
    expect(revoked.revokedAt).not.toBeNull();
    expect(await resolveShareToken(db, created.token)).toBeNull();
    const again = value(await shares.revokeLink(access, created.link.id));
    expect(again.revokedAt).toBe(revoked.revokedAt);
    expect(value(await shares.listLinks(access))[0]).toMatchObject({ id: created.link.id, status: 'revoked' });
  });

  it('expires: an expired link no longer resolves and is listed as expired', async () => {
    const diagramId = await aDiagram();
    const access = memberAccess(diagramId, owner, 'owner');
    const expiresAt = new Date(Date.now() + DAY).toISOString();
    const created = value(await shares.createLink(access, { role: 'viewer', expiresAt }));
    expect(created.link.expiresAt).toBe(expiresAt);
    expect(await resolveShareToken(db, created.token)).not.toBeNull();
    const later = new Date(Date.now() + 2 * DAY);
    expect(await resolveShareToken(db, created.token, later)).toBeNull();
    const listedLater = value(await createShareService(db, () => later).listLinks(access));
    expect(listedLater.find((l) => l.id === created.link.id)?.status).toBe('expired');
  });

  it('refuses an expiry that is not in the future', async () => {
    const diagramId = await aDiagram();
    const refused = failure(await shares.createLink(memberAccess(diagramId, owner, 'owner'), { role: 'viewer', expiresAt: new Date(Date.now() - 1000).toISOString() }));
    expect(refused.code).toBe('invalid_request');
    expect(refused.message).toContain('expiresAt');
  });

  it('lets the local owner share once an owner account exists (the local user can sign in as it)', async () => {
    const diagramId = await aDiagram();
    const created = value(await shares.createLink(localAccess(diagramId), { role: 'viewer' }));
    expect(created.link.createdBy).toBeNull();
  });

  describe('who may share, and with which role', () => {
    it('an editor shares at most as editor; commenters and viewers cannot share or list', async () => {
      const diagramId = await aDiagram();
      const editor = await aMember(db, 'editor');
      for (const role of ['viewer', 'commenter', 'editor'] as const) {
        expect(value(await shares.createLink(memberAccess(diagramId, editor, 'editor'), { role })).link.role).toBe(role);
      }
      for (const own of ['commenter', 'viewer'] as const) {
        const member = await aMember(db, own);
        const access = memberAccess(diagramId, member, own);
        expect(failure(await shares.createLink(access, { role: 'viewer' })).code).toBe('forbidden');
        expect(failure(await shares.listLinks(access)).code).toBe('forbidden');
      }
    });

    it('the role ceiling: nobody hands out more than they have', () => {
      const grants = (['owner', 'editor', 'commenter', 'viewer'] as const).map((own) =>
        `${own}: ${(['viewer', 'commenter', 'editor'] as const).filter((link) => mayGrant(own, link)).join(',')}`);
      expect(grants).toEqual(['owner: viewer,commenter,editor', 'editor: viewer,commenter,editor', 'commenter: viewer,commenter', 'viewer: viewer']);
    });

    it('a visitor who came through a link cannot make or revoke links, even with an editor link', async () => {
      const diagramId = await aDiagram();
      const made = value(await shares.createLink(memberAccess(diagramId, owner, 'owner'), { role: 'editor' }));
      const visitor = linkAccess(diagramId, 'editor');
      const refused = failure(await shares.createLink(visitor, { role: 'viewer' }));
      expect(refused.code).toBe('forbidden');
      expect(refused.message).toContain('share link');
      expect(failure(await shares.revokeLink(visitor, made.link.id)).code).toBe('forbidden');
      expect(value(await shares.listLinks(visitor)).every((l) => !l.canRevoke)).toBe(true);
      expect(failure(await shares.listLinks(linkAccess(diagramId, 'commenter'))).code).toBe('forbidden');
      expect(await resolveShareToken(db, made.token)).not.toBeNull();
    });

    it('a member whose edit right comes from a link cannot share: sharing power is the workspace role', async () => {
      const diagramId = await aDiagram();
      const viewer = await aMember(db, 'viewer');
      // What authorization hands a member viewer who also holds an editor link: the higher role.
      const lifted = { ...memberAccess(diagramId, viewer, 'editor') };
      expect(failure(await shares.createLink(lifted, { role: 'viewer' })).code).toBe('forbidden');
      expect(value(await shares.listLinks(lifted)).every((l) => !l.canRevoke)).toBe(true);
    });

    it('revoking: the maker or an owner; another editor cannot', async () => {
      const diagramId = await aDiagram();
      const [alice, bob] = [await aMember(db, 'editor', 'Alice'), await aMember(db, 'editor', 'Bob')];
      const alices = value(await shares.createLink(memberAccess(diagramId, alice, 'editor'), { role: 'viewer' }));
      const bobsView = value(await shares.listLinks(memberAccess(diagramId, bob, 'editor')));
      expect(bobsView.find((l) => l.id === alices.link.id)).toMatchObject({ canRevoke: false, createdBy: { name: 'Alice' } });
      const refused = failure(await shares.revokeLink(memberAccess(diagramId, bob, 'editor'), alices.link.id));
      expect(refused.code).toBe('forbidden');
      expect(value(await shares.revokeLink(memberAccess(diagramId, alice, 'editor'), alices.link.id)).status).toBe('revoked');

      const another = value(await shares.createLink(memberAccess(diagramId, alice, 'editor'), { role: 'viewer' }));
      expect(value(await shares.revokeLink(memberAccess(diagramId, owner, 'owner'), another.link.id)).status).toBe('revoked');
    });

    it('a link of another diagram, an unknown id and a malformed id are all not found', async () => {
      const [mine, other] = [await aDiagram(), await aDiagram()];
      const elsewhere = value(await shares.createLink(memberAccess(other, owner, 'owner'), { role: 'viewer' }));
      const access = memberAccess(mine, owner, 'owner');
      for (const id of [elsewhere.link.id, '3f1f8f5e-4d4b-4c47-9d0b-0a4b9b6f2e11', "x'; DROP TABLE y; --"]) {
        expect(failure(await shares.revokeLink(access, id)).code).toBe('not_found');
      }
      expect(await resolveShareToken(db, elsewhere.token)).not.toBeNull();
    });
  });
});
