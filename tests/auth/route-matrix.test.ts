import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { roleAllows, WORKSPACE_ROLES, type Permission, type ShareRole, type WorkspaceRole } from '../../lib/server/auth/types';
import { getStorage } from '../../lib/server/db/singleton';
import { request, useTemporaryStorage } from '../api/support/api';
import { DUMMY_BODY, ROUTES, type RouteRule } from './routes';
import {
  aConnectionIn, aDiagramIn, aMember, aShareLink, aWorkspace, bearer, sessionCookie, shareCookie, type TestUser,
} from './support/fixtures';

/*
 * Every route handler, called directly, by every kind of caller, in enforced
 * mode (several accounts exist). The table of what each route needs is
 * tests/auth/routes.ts; this file proves the handlers agree with it.
 */

useTemporaryStorage();

const ROOT = path.resolve(__dirname, '../..');
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
const MISSING = '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Every route handler of the app, inside /api or not (a route outside /api must not escape the table either). */
function routeFiles(dir = path.join(ROOT, 'app')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === 'route.ts' ? [path.relative(ROOT, full).split(path.sep).join('/')] : [];
  });
}

const modules = new Map<string, Record<string, unknown>>();
async function routeModule(file: string): Promise<Record<string, unknown>> {
  let found = modules.get(file);
  if (!found) {
    found = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    modules.set(file, found);
  }
  return found;
}

describe('the route-permission table', () => {
  it('has a row for every handler of every app/**/route.ts, and no row for a handler that does not exist', async () => {
    const files = routeFiles();
    expect(files.length).toBeGreaterThan(20);
    const exported: string[] = [];
    for (const file of files) {
      const module = await routeModule(file);
      for (const method of HTTP_METHODS) if (typeof module[method] === 'function') exported.push(`${method} ${file}`);
    }
    const rows = ROUTES.map((r) => `${r.method} ${r.file}`);
    expect(exported.filter((h) => !rows.includes(h)), 'handlers without a row in tests/auth/routes.ts').toEqual([]);
    expect(rows.filter((r) => !exported.includes(r)), 'rows naming a handler that does not exist').toEqual([]);
    expect(rows.filter((r, i) => rows.indexOf(r) !== i), 'rows listed twice').toEqual([]);
  });

  it('names a permission exactly for the diagram and workspace rows', () => {
    for (const row of ROUTES) {
      const needs = row.scope === 'diagram' || row.scope === 'workspace';
      expect(row.permission !== null, `${row.method} ${row.path}`).toBe(needs);
    }
  });
});

interface World {
  workspace: string;
  otherWorkspace: string;
  diagram: string;
  otherDiagram: string;
  connection: string;
  members: Record<WorkspaceRole, TestUser>;
  outsider: TestUser;
  links: Record<ShareRole, string>;
  revokedLink: string;
  expiredLink: string;
  otherDiagramLink: string;
}

let world: World;

beforeAll(async () => {
  const { db } = await getStorage();
  const workspace = await aWorkspace(db, 'Team A');
  const otherWorkspace = await aWorkspace(db, 'Team B');
  const diagram = await aDiagramIn(db, workspace, 'Team A shop');
  const otherDiagram = await aDiagramIn(db, otherWorkspace, 'Team B secrets');
  const members = {} as Record<WorkspaceRole, TestUser>;
  for (const role of WORKSPACE_ROLES) members[role] = await aMember(db, workspace, role);
  world = {
    workspace, otherWorkspace, diagram, otherDiagram, members,
    connection: await aConnectionIn(db, workspace, 'team-a-warehouse'),
    outsider: await aMember(db, otherWorkspace, 'owner', 'outsider'),
    links: {
      viewer: await aShareLink(db, diagram, 'viewer'),
      commenter: await aShareLink(db, diagram, 'commenter'),
      editor: await aShareLink(db, diagram, 'editor'),
    },
    revokedLink: await aShareLink(db, diagram, 'editor', { revoked: true }),
    expiredLink: await aShareLink(db, diagram, 'editor', { expiresInMs: -60_000 }),
    otherDiagramLink: await aShareLink(db, otherDiagram, 'editor'),
  };
});

interface Probe {
  readonly headers?: Record<string, string>;
  /** Diagram rows: which diagram. Defaults to the fixture diagram of workspace A. */
  readonly diagram?: string;
  /** Workspace rows: add `workspace=<A>` to the query (a path workspace id is always A). */
  readonly naming?: boolean;
}

function urlOf(row: RouteRule, params: Record<string, string>, naming: boolean): string {
  let url = row.path.replace(/:(\w+)/g, (_, name: string) => params[name] ?? `:${name}`);
  const query = [row.query, naming && row.scope === 'workspace' && row.params?.id !== '$workspace' ? `workspace=${world.workspace}` : undefined].filter(Boolean);
  if (query.length > 0) url += `?${query.join('&')}`;
  return url;
}

function paramsOf(row: RouteRule, diagram: string): Record<string, string> {
  const values: Record<string, string> = {
    $diagram: diagram, $workspace: world.workspace, $connection: world.connection,
    $user: world.members.editor.id, $missing: MISSING,
  };
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(row.params ?? {})) params[name] = values[value] ?? value;
  if (row.scope === 'diagram') params.id = diagram;
  return params;
}

async function probe(row: RouteRule, how: Probe = {}): Promise<{ status: number; text: string }> {
  const handler = (await routeModule(row.file))[row.method] as Handler;
  const params = paramsOf(row, how.diagram ?? world.diagram);
  const body = row.method === 'GET' ? undefined : row.body ?? DUMMY_BODY;
  const response = await handler(request(row.method, urlOf(row, params, how.naming ?? true), { body, headers: how.headers }), { params: Promise.resolve(params) });
  // A stream (server-sent events, NDJSON runs) may never end: its status is the answer.
  if (/event-stream|ndjson/.test(response.headers.get('content-type') ?? '')) {
    await response.body?.cancel();
    return { status: response.status, text: '(stream)' };
  }
  const text = await response.text();
  return { status: response.status, text };
}

async function freshDiagram(): Promise<string> {
  return aDiagramIn((await getStorage()).db, world.workspace, 'Throwaway');
}

const describeRow = (row: RouteRule) => `${row.method} ${row.path} (${row.scope}${row.permission ? `, ${row.permission}` : ''})`;
const permitted = (role: WorkspaceRole, permission: Permission | null) => permission === null || roleAllows(role, permission);
const allowedStatus = (status: number) => status !== 401 && status !== 403;

describe.each(ROUTES.map((row) => [describeRow(row), row] as const))('%s', (_name, row) => {
  const guarded = row.scope !== 'public';
  // Public routes have no credentials to check: their rows only prove they never ask for a session.
  const itWhenGuarded = (name: string, check: () => Promise<void>) => {
    if (guarded) it(name, check);
  };

  it(guarded ? 'answers 401 without a session' : 'never asks for a session', async () => {
    const answer = await probe(row);
    if (guarded) expect(answer.status, answer.text).toBe(401);
    else expect(answer.status, answer.text).not.toBe(401);
  });

  itWhenGuarded('answers 401 to a revoked and to an expired share link', async () => {
    for (const token of [world.revokedLink, world.expiredLink]) {
      for (const headers of [shareCookie(token), bearer(token)]) {
        const answer = await probe(row, { headers });
        expect(answer.status, answer.text).toBe(401);
      }
    }
  });

  itWhenGuarded('gives each workspace role exactly what the table says', async () => {
    for (const role of WORKSPACE_ROLES) {
      const allowed = permitted(role, row.permission);
      const diagram = allowed && row.destructive ? await freshDiagram() : undefined;
      const answer = await probe(row, { headers: sessionCookie(world.members[role].sessionToken), diagram });
      if (allowed) expect(allowedStatus(answer.status), `${role}: ${answer.status} ${answer.text}`).toBe(true);
      else expect(answer.status, `${role}: ${answer.text}`).toBe(403);
    }
  });

  itWhenGuarded('shows a member of another workspace nothing of this one', async () => {
    const headers = sessionCookie(world.outsider.sessionToken);
    if (row.scope === 'diagram') {
      const answer = await probe(row, { headers });
      expect(answer.status, answer.text).toBe(404);
      return;
    }
    const asked = await probe(row, { headers, naming: true });
    if (row.scope === 'workspace') expect([403, 404], asked.text).toContain(asked.status);
    const own = await probe(row, { headers, naming: false });
    for (const answer of [asked, own]) {
      // An error may repeat an id the request itself named; a success must not carry A's objects at all.
      const secrets = answer.status < 400 ? [world.diagram, world.connection, 'Team A shop', 'team-a-warehouse'] : ['Team A shop', 'team-a-warehouse'];
      for (const secret of secrets) expect(answer.text, `${answer.status}`).not.toContain(secret);
    }
  });

  itWhenGuarded('answers a valid link for another diagram like a stranger', async () => {
    for (const headers of [shareCookie(world.otherDiagramLink), bearer(world.otherDiagramLink)]) {
      const answer = await probe(row, { headers });
      if (row.scope === 'diagram') expect(answer.status, answer.text).toBe(404);
      else if (row.scope === 'authenticated') expect(allowedStatus(answer.status), answer.text).toBe(true);
      else expect(answer.status, answer.text).toBe(403);
      expect(answer.text).not.toContain('Team A shop');
    }
  });

  itWhenGuarded('gives share links their role on their diagram and no workspace access (connections included)', async () => {
    for (const role of ['viewer', 'commenter', 'editor'] as const) {
      const allowed = row.scope === 'authenticated' || (row.scope === 'diagram' && !row.noLinks && permitted(role, row.permission));
      if (allowed && row.destructive) continue;
      const headers = role === 'viewer' ? shareCookie(world.links[role]) : bearer(world.links[role]);
      const answer = await probe(row, { headers });
      if (allowed) expect(allowedStatus(answer.status), `${role} link: ${answer.status} ${answer.text}`).toBe(true);
      else expect(answer.status, `${role} link: ${answer.text}`).toBe(403);
    }
  });
});
