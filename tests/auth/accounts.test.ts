import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as collection from '../../app/api/diagrams/route';
import * as members from '../../app/api/workspaces/[id]/members/route';
import { createSession, sessionUser, SESSION_LIFETIME_MS } from '../../lib/server/auth/sessions';
import { signInThrottle } from '../../lib/server/auth/throttle';
import { hashToken } from '../../lib/server/auth/tokens';
import { DEFAULT_WORKSPACE_ID } from '../../lib/server/auth/types';
import { getStorage } from '../../lib/server/db/singleton';
import { apiError, call, request, useTemporaryStorage } from '../api/support/api';
import { anAccount, cookieFrom, getSession, postSetup, postSignIn, postSignOut, postSignUp } from './support/auth-api';

useTemporaryStorage();
beforeAll(async () => {
  process.env.TABLECRAFT_SCRYPT_LOG_N = '14';
  expect((await postSetup(anAccount('owner'))).status).toBe(201);
});
afterEach(() => {
  delete process.env.TABLECRAFT_SIGNUP;
  signInThrottle().clear();
});

const HOUR = 60 * 60 * 1000;
const owner = anAccount('owner');
const signedInAsOwner = async () => cookieFrom(await postSignIn(owner.email, owner.password));

describe('sign-in and sessions', () => {
  it('sets an httpOnly, SameSite=Lax, Path=/ session cookie for 30 days, Secure only over https', async () => {
    const plain = await postSignIn(owner.email, owner.password);
    expect(plain.status).toBe(200);
    expect(plain.body.user).toEqual({ id: expect.any(String), email: owner.email, name: 'owner' });
    const cookie = plain.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^tablecraft_session=[A-Za-z0-9_-]{43}; /);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).toMatch(/Max-Age=(2591999|2592000)/);
    expect(cookie).not.toContain('Secure');
    const secure = await postSignIn(owner.email, owner.password, { 'x-forwarded-proto': 'https' });
    expect(secure.headers.get('set-cookie')).toContain('Secure');
  });

  it('stores only the token\'s SHA-256, and never returns a hash', async () => {
    const answer = await postSignIn(owner.email, owner.password);
    const token = /tablecraft_session=([^;]*)/.exec(answer.headers.get('set-cookie')!)![1]!;
    const { db } = await getStorage();
    expect(await db.session.findUnique({ where: { tokenHash: token } })).toBeNull();
    expect(await db.session.findUnique({ where: { tokenHash: hashToken(token) } })).not.toBeNull();
    const text = JSON.stringify([answer.body, await getSession(cookieFrom(answer))]);
    expect(text).not.toMatch(/scrypt\$|passwordHash|tokenHash|[0-9a-f]{64}/);
  });

  it('answers the same 401 for a wrong password and an unknown email, and takes an email in any case', async () => {
    const wrong = await postSignIn(owner.email, 'not-the-password');
    const unknown = await postSignIn('nobody@example.com', 'not-the-password');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(apiError(wrong).message).toBe(apiError(unknown).message);
    expect((await postSignIn('  OWNER@Example.com ', owner.password)).status).toBe(200);
  });

  it('expires a session after its lifetime and deletes the row', async () => {
    const { db } = await getStorage();
    const user = (await db.user.findUniqueOrThrow({ where: { email: owner.email } }));
    const start = new Date('2030-01-01T00:00:00Z');
    const { token } = await createSession(db, user.id, start);
    expect(await sessionUser(db, token, new Date(start.getTime() + SESSION_LIFETIME_MS - 1000))).toMatchObject({ email: owner.email });
    expect(await sessionUser(db, token, new Date(start.getTime() + SESSION_LIFETIME_MS))).toBeNull();
    expect(await db.session.findUnique({ where: { tokenHash: hashToken(token) } })).toBeNull();
  });

  it('slides last_seen_at at most once an hour', async () => {
    const { db } = await getStorage();
    const user = await db.user.findUniqueOrThrow({ where: { email: owner.email } });
    const start = new Date('2030-02-01T00:00:00Z');
    const { token } = await createSession(db, user.id, start);
    const seen = async () => (await db.session.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } })).lastSeenAt.getTime();
    await sessionUser(db, token, new Date(start.getTime() + HOUR / 2));
    expect(await seen()).toBe(start.getTime());
    await sessionUser(db, token, new Date(start.getTime() + HOUR + 5));
    expect(await seen()).toBe(start.getTime() + HOUR + 5);
  });

  it('sign-out deletes the session and clears the cookie', async () => {
    await postSignUp(anAccount('second'));
    const cookie = await signedInAsOwner();
    expect((await call(collection.GET, request('GET', '/api/diagrams', { headers: cookie }))).status).toBe(200);
    const out = await postSignOut(cookie);
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^tablecraft_session=; .*Max-Age=0/);
    expect((await call(collection.GET, request('GET', '/api/diagrams', { headers: cookie }))).status).toBe(401);
    expect((await postSignOut()).status).toBe(204);
  });

  it('refuses sign-in from another site\'s page', async () => {
    const answer = await postSignIn(owner.email, owner.password, { origin: 'https://evil.example' });
    expect(answer.status).toBe(403);
  });

  it('throttles repeated failures for one email with 429 and Retry-After', async () => {
    for (let i = 0; i < 5; i++) expect((await postSignIn(owner.email, `wrong-guess-${i}`)).status).toBe(401);
    const blocked = await postSignIn(owner.email, owner.password);
    expect(blocked.status).toBe(429);
    expect(apiError(blocked)).toMatchObject({ code: 'too_many_requests', message: expect.stringContaining('try again') });
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('sign-up', () => {
  it('validates the email and a 10-character minimum password', async () => {
    const short = await postSignUp({ email: 'shorty@example.com', name: 'Shorty', password: 'nine-char' });
    expect(short.status).toBe(400);
    expect(apiError(short).problems).toEqual([{ path: 'password', message: 'password must be at least 10 characters' }]);
    const bad = await postSignUp({ email: 'not-an-email', name: 'X', password: 'long-enough-pw' });
    expect(apiError(bad).problems?.[0]?.path).toBe('email');
    expect(JSON.stringify(short.body)).not.toContain('nine-char');
  });

  it('refuses an email that has an account', async () => {
    const answer = await postSignUp({ ...anAccount('dup'), email: 'OWNER@example.com' });
    expect([answer.status, apiError(answer).code]).toEqual([409, 'conflict']);
  });

  it('gives a new account its own workspace as owner', async () => {
    const answer = await postSignUp(anAccount('carol'));
    expect(answer.status).toBe(201);
    const session = await getSession(cookieFrom(answer));
    expect(session.workspaces).toEqual([{ id: expect.any(String), name: "carol's workspace", role: 'owner' }]);
    expect(session.workspaces[0]!.id).not.toBe(DEFAULT_WORKSPACE_ID);
  });

  it('when closed, admits only invited emails, who join the inviting workspace with the invited role', async () => {
    process.env.TABLECRAFT_SIGNUP = 'closed';
    const refused = await postSignUp(anAccount('stranger'));
    expect([refused.status, apiError(refused).message]).toEqual([403, expect.stringContaining('sign-up is closed')]);
    expect((await getSession()).signUpOpen).toBe(false);

    const cookie = await signedInAsOwner();
    const invited = await call(members.POST, request('POST', `/api/workspaces/${DEFAULT_WORKSPACE_ID}/members`, { body: { email: 'Dora@Example.com', role: 'viewer' }, headers: cookie }), { id: DEFAULT_WORKSPACE_ID });
    expect([invited.status, invited.body]).toEqual([201, { invitation: { email: 'dora@example.com', role: 'viewer', invitedAt: expect.any(String) } }]);

    const dora = await postSignUp(anAccount('dora'));
    expect(dora.status).toBe(201);
    const session = await getSession(cookieFrom(dora));
    expect(session.workspaces).toEqual(expect.arrayContaining([{ id: DEFAULT_WORKSPACE_ID, name: 'Default workspace', role: 'viewer' }]));
    const { db } = await getStorage();
    expect(await db.workspaceInvitation.count({ where: { email: 'dora@example.com' } })).toBe(0);
  });
});
