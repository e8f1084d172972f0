import { beforeAll, describe, expect, it } from 'vitest';
import * as connections from '../../app/api/connections/route';
import * as connection from '../../app/api/connections/[id]/route';
import * as collection from '../../app/api/diagrams/route';
import * as diagram from '../../app/api/diagrams/[id]/route';
import * as drift from '../../app/api/diagrams/[id]/live/[target]/drift/route';
import * as workspaces from '../../app/api/workspaces/route';
import * as members from '../../app/api/workspaces/[id]/members/route';
import * as member from '../../app/api/workspaces/[id]/members/[userId]/route';
import * as invitation from '../../app/api/workspaces/[id]/invitations/[email]/route';
import type { MembersResponse, WorkspaceSummaryDto } from '../../lib/api/auth-dto';
import { getStorage } from '../../lib/server/db/singleton';
import { apiError, call, request, useTemporaryStorage } from '../api/support/api';
import { aConnectionIn, aDiagramIn, aMember, aWorkspace, sessionCookie, type TestUser } from './support/fixtures';

/* Workspaces keep their diagrams and connections to themselves; owners manage members. */

useTemporaryStorage();

let teamA: string;
let teamB: string;
let ownerA: TestUser;
let editorA: TestUser;
let ownerB: TestUser;
let diagramA: string;
let diagramB: string;
let connectionA: string;
let connectionB: string;

beforeAll(async () => {
  const { db } = await getStorage();
  teamA = await aWorkspace(db, 'Team A');
  teamB = await aWorkspace(db, 'Team B');
  ownerA = await aMember(db, teamA, 'owner', 'owner-a');
  editorA = await aMember(db, teamA, 'editor', 'editor-a');
  ownerB = await aMember(db, teamB, 'owner', 'owner-b');
  diagramA = await aDiagramIn(db, teamA, 'A orders');
  diagramB = await aDiagramIn(db, teamB, 'B billing');
  connectionA = await aConnectionIn(db, teamA, 'a-db');
  connectionB = await aConnectionIn(db, teamB, 'b-db');
});

const as = (user: TestUser) => sessionCookie(user.sessionToken);

describe('workspace scoping', () => {
  it('lists only the workspace\'s diagrams, and creates in it', async () => {
    const a = await call<{ diagrams: { id: string }[] }>(collection.GET, request('GET', '/api/diagrams', { headers: as(ownerA) }));
    expect(a.body.diagrams.map((d) => d.id)).toEqual([diagramA]);
    const created = await call<{ diagram: { id: string } }>(collection.POST, request('POST', '/api/diagrams', { body: { name: 'New in B' }, headers: as(ownerB) }));
    expect(created.status).toBe(201);
    const b = await call<{ diagrams: { id: string }[] }>(collection.GET, request('GET', '/api/diagrams', { headers: as(ownerB) }));
    expect(b.body.diagrams.map((d) => d.id).sort()).toEqual([diagramB, created.body.diagram.id].sort());
  });

  it('does not let a member read, list into, or duplicate another workspace\'s diagram', async () => {
    expect((await call(diagram.GET, request('GET', `/api/diagrams/${diagramB}`, { headers: as(ownerA) }), { id: diagramB })).status).toBe(404);
    expect((await call(collection.GET, request('GET', `/api/diagrams?workspace=${teamB}`, { headers: as(ownerA) }))).status).toBe(404);
    const copy = await call(collection.POST, request('POST', '/api/diagrams', { body: { duplicateOf: diagramB }, headers: as(ownerA) }));
    expect(copy.status).toBe(404);
  });

  it('keeps connections to their workspace: list, get, change, delete and use', async () => {
    const list = await call<{ connections: { id: string }[] }>(connections.GET, request('GET', '/api/connections', { headers: as(ownerA) }));
    expect(list.body.connections.map((c) => c.id)).toEqual([connectionA]);
    const params = { id: connectionB };
    expect((await call(connection.GET, request('GET', `/api/connections/${connectionB}`, { headers: as(ownerA) }), params)).status).toBe(404);
    expect((await call(connection.PUT, request('PUT', `/api/connections/${connectionB}`, { body: { name: 'mine now' }, headers: as(ownerA) }), params)).status).toBe(404);
    expect((await call(connection.DELETE, request('DELETE', `/api/connections/${connectionB}`, { headers: as(ownerA) }), params)).status).toBe(404);
    // A diagram of A cannot be pointed at B's database.
    const live = await call(drift.GET, request('GET', `/api/diagrams/${diagramA}/live/${connectionB}/drift`, { headers: as(ownerA) }), { id: diagramA, target: connectionB });
    expect(live.status).toBe(404);
    const { db } = await getStorage();
    expect((await db.connection.findUniqueOrThrow({ where: { id: connectionB } })).name).toBe('b-db');
  });

  it('creates connections in the requester\'s workspace', async () => {
    const created = await call<{ connection: { id: string } }>(connections.POST, request('POST', '/api/connections', {
      body: { name: 'b-replica', host: '127.0.0.1', database: 'replica', username: 'app' }, headers: as(ownerB),
    }));
    expect(created.status).toBe(201);
    const { db } = await getStorage();
    expect((await db.connection.findUniqueOrThrow({ where: { id: created.body.connection.id } })).workspaceId).toBe(teamB);
  });

  it('lists a user\'s workspaces with their roles', async () => {
    const answer = await call<{ workspaces: WorkspaceSummaryDto[] }>(workspaces.GET, request('GET', '/api/workspaces', { headers: as(editorA) }));
    expect(answer.body.workspaces).toEqual([{ id: teamA, name: 'Team A', role: 'editor' }]);
  });
});

describe('members', () => {
  const path = (id: string) => `/api/workspaces/${id}/members`;

  it('lets any member see the members, and only owners change them', async () => {
    const seen = await call<MembersResponse>(members.GET, request('GET', path(teamA), { headers: as(editorA) }), { id: teamA });
    expect(seen.body.members.map((m) => [m.email, m.role])).toEqual([[ownerA.email, 'owner'], [editorA.email, 'editor']]);
    const refused = await call(members.POST, request('POST', path(teamA), { body: { email: 'x@example.com', role: 'viewer' }, headers: as(editorA) }), { id: teamA });
    expect(refused.status).toBe(403);
  });

  it('adds an existing account at once, invites anyone else, and revokes an invitation', async () => {
    const added = await call(members.POST, request('POST', path(teamA), { body: { email: ownerB.email, role: 'commenter' }, headers: as(ownerA) }), { id: teamA });
    expect(added.body).toEqual({ member: expect.objectContaining({ userId: ownerB.id, role: 'commenter' }) });
    const twice = await call(members.POST, request('POST', path(teamA), { body: { email: ownerB.email, role: 'viewer' }, headers: as(ownerA) }), { id: teamA });
    expect(twice.status).toBe(409);
    const invited = await call(members.POST, request('POST', path(teamA), { body: { email: 'later@example.com', role: 'editor' }, headers: as(ownerA) }), { id: teamA });
    expect(invited.body).toEqual({ invitation: expect.objectContaining({ email: 'later@example.com', role: 'editor' }) });
    const revoke = (email: string) => call(invitation.DELETE, request('DELETE', `${path(teamA).replace('/members', '')}/invitations/${encodeURIComponent(email)}`, { headers: as(ownerA) }), { id: teamA, email: encodeURIComponent(email) });
    expect((await revoke('later@example.com')).status).toBe(204);
    expect((await revoke('later@example.com')).status).toBe(404);
    // B's owner now sees A's diagram as a commenter, and still cannot change it.
    expect((await call(diagram.GET, request('GET', `/api/diagrams/${diagramA}`, { headers: as(ownerB) }), { id: diagramA })).status).toBe(200);
    expect((await call(diagram.DELETE, request('DELETE', `/api/diagrams/${diagramA}`, { headers: as(ownerB) }), { id: diagramA })).status).toBe(403);
  });

  it('never removes or demotes the last owner', async () => {
    const params = { id: teamA, userId: ownerA.id };
    const demote = await call(member.PATCH, request('PATCH', `${path(teamA)}/${ownerA.id}`, { body: { role: 'editor' }, headers: as(ownerA) }), params);
    expect([demote.status, apiError(demote).message]).toEqual([409, expect.stringContaining('last owner')]);
    expect((await call(member.DELETE, request('DELETE', `${path(teamA)}/${ownerA.id}`, { headers: as(ownerA) }), params)).status).toBe(409);

    const promote = await call(member.PATCH, request('PATCH', `${path(teamA)}/${editorA.id}`, { body: { role: 'owner' }, headers: as(ownerA) }), { id: teamA, userId: editorA.id });
    expect(promote.status).toBe(200);
    expect((await call(member.PATCH, request('PATCH', `${path(teamA)}/${ownerA.id}`, { body: { role: 'viewer' }, headers: as(ownerA) }), params)).status).toBe(200);
    // ownerA is a viewer now: no more member management.
    expect((await call(member.DELETE, request('DELETE', `${path(teamA)}/${editorA.id}`, { headers: as(ownerA) }), { id: teamA, userId: editorA.id })).status).toBe(403);
  });

  it('removes a member, who loses access at once', async () => {
    const removed = await call(member.DELETE, request('DELETE', `${path(teamA)}/${ownerB.id}`, { headers: as(editorA) }), { id: teamA, userId: ownerB.id });
    expect(removed.status).toBe(204);
    expect((await call(diagram.GET, request('GET', `/api/diagrams/${diagramA}`, { headers: as(ownerB) }), { id: diagramA })).status).toBe(404);
  });
});
