import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as collection from '../../app/api/diagrams/route';
import { authenticate } from '../../lib/server/auth';
import { getStorage } from '../../lib/server/db/singleton';
import { call, request, useTemporaryStorage } from '../api/support/api';
import { aShareLink } from './support/fixtures';
import { anAccount, cookieFrom, getSession, postSetup, postSignUp } from './support/auth-api';

/*
 * The access mode follows the database, request by request: open with nobody,
 * single-user with one account, enforced from the second account or from the
 * first share link made — for good: revoking the link does not open the door again.
 */

useTemporaryStorage();
beforeAll(() => {
  process.env.TABLECRAFT_SCRYPT_LOG_N = '14';
});
afterEach(() => {
  delete process.env.TABLECRAFT_AUTH;
});

const listDiagrams = (headers?: Record<string, string>) => call<{ diagrams: { id: string }[] }>(collection.GET, request('GET', '/api/diagrams', { headers }));
const principal = async () => authenticate(request('GET', '/api/diagrams'));

describe('access mode transitions', () => {
  let ownerCookie: Record<string, string>;
  let diagramId: string;

  it('is open with no account and no link: everyone is the local owner', async () => {
    expect(await principal()).toEqual({ ok: true, value: { kind: 'local' } });
    const created = await call<{ diagram: { id: string } }>(collection.POST, request('POST', '/api/diagrams', { body: { name: 'Before accounts' } }));
    expect(created.status).toBe(201);
    diagramId = created.body.diagram.id;
    const session = await getSession();
    expect(session).toMatchObject({ mode: 'open', kind: 'local', ownerExists: false, signUpOpen: true, workspaces: [{ name: 'Default workspace', role: 'owner' }] });
  });

  it('TABLECRAFT_AUTH=required enforces even with no account', async () => {
    process.env.TABLECRAFT_AUTH = 'required';
    expect((await listDiagrams()).status).toBe(401);
    expect((await getSession()).mode).toBe('enforced');
  });

  it('with one account, a browser without a session acts as it; the owner holds the pre-existing diagrams', async () => {
    const created = await postSetup(anAccount('owner'));
    expect(created.status).toBe(201);
    ownerCookie = cookieFrom(created);
    const who = await principal();
    expect(who.ok && who.value).toMatchObject({ kind: 'user', email: 'owner@example.com' });
    expect((await listDiagrams()).body.diagrams.map((d) => d.id)).toContain(diagramId);
    expect(await getSession()).toMatchObject({ mode: 'single-user', kind: 'user', signedIn: false, ownerExists: true });
    expect((await postSetup(anAccount('second-owner'))).status).toBe(409);
  });

  it('an expired link made before turns access control on as well: its holder must not become the owner', async () => {
    const { db } = await getStorage();
    await aShareLink(db, diagramId, 'editor', { expiresInMs: -1000 });
    expect((await listDiagrams()).status).toBe(401);
    await db.shareLink.deleteMany({});
  });

  it('a share link turns access control on, and revoking it does not turn it off', async () => {
    const { db } = await getStorage();
    await aShareLink(db, diagramId, 'viewer');
    expect((await listDiagrams()).status).toBe(401);
    expect((await listDiagrams(ownerCookie)).status).toBe(200);
    await db.shareLink.updateMany({ data: { revokedAt: new Date() } });
    expect((await listDiagrams()).status).toBe(401);
    expect((await listDiagrams(ownerCookie)).status).toBe(200);
  });

  it('a second account enforces access control for good', async () => {
    const second = await postSignUp(anAccount('second'));
    expect(second.status).toBe(201);
    const anonymous = await listDiagrams();
    expect(anonymous.status).toBe(401);
    expect(await getSession()).toMatchObject({ mode: 'enforced', kind: 'anonymous', user: null, workspaces: [] });
    // The second account has its own workspace; the owner's diagrams are not in it.
    const theirs = await listDiagrams(cookieFrom(second));
    expect(theirs.status).toBe(200);
    expect(theirs.body.diagrams.map((d) => d.id)).not.toContain(diagramId);
    expect((await listDiagrams(ownerCookie)).body.diagrams.map((d) => d.id)).toContain(diagramId);
  });
});
