import type { Permission } from '../../lib/server/auth/types';

/*
 * THE ROUTE-PERMISSION TABLE — one row per (route file, exported HTTP method).
 *
 * tests/auth/route-matrix.test.ts imports every `app/**\/route.ts` and FAILS
 * when a handler it exports has no row here, so a new route cannot land
 * unprotected. It then calls each handler directly, in enforced mode, as: no
 * session, every workspace role, a member of another workspace, a revoked and an
 * expired share link, a link for another diagram, and viewer/commenter/editor
 * links — and checks the answers against `scope` and `permission`.
 *
 * Adding a route? Append a row (keep the file's order: by path):
 *   file        the route file, relative to the repo root, exactly as on disk
 *   method      the exported function's name
 *   path        the URL pattern, `:name` for each dynamic segment
 *   scope       'diagram'        /api/diagrams/:id/** — handleForDiagram (404 to outsiders)
 *               'workspace'      acts in a workspace — handleForWorkspace, or
 *                                authorizeWorkspace with a workspace id from the path
 *               'authenticated'  any signed-in person or link holder — handleAuthenticated
 *               'account'        a signed-in person (or the local owner); link holders 403
 *               'public'         no credentials needed (sign-in, the session probe)
 *   permission  what the handler asks for ('view' < 'comment' < 'edit' < 'manage');
 *               null for 'authenticated', 'account' and 'public'
 *   params      example values for every dynamic segment. Placeholders the test
 *               replaces with its fixtures: '$diagram' (a diagram of the tested
 *               workspace), '$workspace' (that workspace), '$connection' (a
 *               connection in it), '$user' (a member's user id), '$missing' (a
 *               UUID that names nothing). `id` of a 'diagram' row is filled in
 *               for you; leave it out.
 *   query       optional query string without '?', e.g. 'format=sql'
 *   body        optional: what to send (default: DUMMY_BODY, an unknown field
 *               that strict request schemas refuse with a 400 — authorization
 *               runs before body parsing, so permitted callers see a 400, never
 *               a 401/403, and nothing is changed)
 *   destructive true when a permitted call may delete or irreversibly change the
 *               fixture (e.g. DELETE): the test then runs permitted callers
 *               against a fresh diagram each time
 *   noLinks     true when share-link visitors are refused (403) whatever the
 *               link's role (e.g. making or revoking share links)
 *
 * A streaming answer (text/event-stream, NDJSON) is not read, only its status.
 *
 * Live targets in params use '$missing' rather than 'sandbox' so a permitted
 * probe answers 404 quickly instead of starting the sandbox.
 */

export type RouteScope = 'diagram' | 'workspace' | 'authenticated' | 'account' | 'public';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteRule {
  readonly file: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly scope: RouteScope;
  readonly permission: Permission | null;
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: string;
  readonly body?: unknown;
  readonly destructive?: boolean;
  readonly noLinks?: boolean;
}

export const DUMMY_BODY = { routeMatrixProbe: true };

export const ROUTES: readonly RouteRule[] = [
  // Stateless tools
  { file: 'app/api/analyze/route.ts', method: 'POST', path: '/api/analyze', scope: 'authenticated', permission: null },
  { file: 'app/api/import/route.ts', method: 'POST', path: '/api/import', scope: 'authenticated', permission: null },
  { file: 'app/api/lint/route.ts', method: 'POST', path: '/api/lint', scope: 'authenticated', permission: null },
  { file: 'app/api/templates/route.ts', method: 'GET', path: '/api/templates', scope: 'authenticated', permission: null },

  // Accounts (lib/server/auth)
  { file: 'app/api/auth/session/route.ts', method: 'GET', path: '/api/auth/session', scope: 'public', permission: null },
  { file: 'app/api/auth/setup/route.ts', method: 'POST', path: '/api/auth/setup', scope: 'public', permission: null },
  { file: 'app/api/auth/sign-in/route.ts', method: 'POST', path: '/api/auth/sign-in', scope: 'public', permission: null },
  { file: 'app/api/auth/sign-out/route.ts', method: 'POST', path: '/api/auth/sign-out', scope: 'public', permission: null },
  { file: 'app/api/auth/sign-up/route.ts', method: 'POST', path: '/api/auth/sign-up', scope: 'public', permission: null },

  // Opening a share link in a browser (not under /api): the token is the credential
  { file: 'app/s/[token]/route.ts', method: 'GET', path: '/s/:token', scope: 'public', permission: null, params: { token: 'tcs_not-a-real-token' } },

  // Workspaces and members
  { file: 'app/api/workspaces/route.ts', method: 'GET', path: '/api/workspaces', scope: 'account', permission: null },
  { file: 'app/api/workspaces/route.ts', method: 'POST', path: '/api/workspaces', scope: 'account', permission: null },
  { file: 'app/api/workspaces/[id]/members/route.ts', method: 'GET', path: '/api/workspaces/:id/members', scope: 'workspace', permission: 'view', params: { id: '$workspace' } },
  { file: 'app/api/workspaces/[id]/members/route.ts', method: 'POST', path: '/api/workspaces/:id/members', scope: 'workspace', permission: 'manage', params: { id: '$workspace' } },
  { file: 'app/api/workspaces/[id]/members/[userId]/route.ts', method: 'PATCH', path: '/api/workspaces/:id/members/:userId', scope: 'workspace', permission: 'manage', params: { id: '$workspace', userId: '$missing' } },
  { file: 'app/api/workspaces/[id]/members/[userId]/route.ts', method: 'DELETE', path: '/api/workspaces/:id/members/:userId', scope: 'workspace', permission: 'manage', params: { id: '$workspace', userId: '$missing' } },
  { file: 'app/api/workspaces/[id]/invitations/[email]/route.ts', method: 'DELETE', path: '/api/workspaces/:id/invitations/:email', scope: 'workspace', permission: 'manage', params: { id: '$workspace', email: 'nobody%40example.com' } },

  // Connections and the sandbox: workspace-level, never for viewers or link holders
  { file: 'app/api/connections/route.ts', method: 'GET', path: '/api/connections', scope: 'workspace', permission: 'edit' },
  { file: 'app/api/connections/route.ts', method: 'POST', path: '/api/connections', scope: 'workspace', permission: 'edit' },
  { file: 'app/api/connections/[id]/route.ts', method: 'GET', path: '/api/connections/:id', scope: 'workspace', permission: 'edit', params: { id: '$connection' } },
  { file: 'app/api/connections/[id]/route.ts', method: 'PUT', path: '/api/connections/:id', scope: 'workspace', permission: 'edit', params: { id: '$connection' } },
  { file: 'app/api/connections/[id]/route.ts', method: 'DELETE', path: '/api/connections/:id', scope: 'workspace', permission: 'manage', params: { id: '$missing' } },
  { file: 'app/api/connections/[id]/introspect/route.ts', method: 'POST', path: '/api/connections/:id/introspect', scope: 'workspace', permission: 'edit', params: { id: '$missing' } },
  { file: 'app/api/connections/[id]/test/route.ts', method: 'POST', path: '/api/connections/:id/test', scope: 'workspace', permission: 'edit', params: { id: '$missing' } },
  { file: 'app/api/sandbox/route.ts', method: 'GET', path: '/api/sandbox', scope: 'workspace', permission: 'edit' },
  { file: 'app/api/sandbox/reset/route.ts', method: 'POST', path: '/api/sandbox/reset', scope: 'workspace', permission: 'manage' },
  { file: 'app/api/pgbouncer/status/route.ts', method: 'POST', path: '/api/pgbouncer/status', scope: 'workspace', permission: 'edit' },
  { file: 'app/api/pgbouncer/diff/route.ts', method: 'POST', path: '/api/pgbouncer/diff', scope: 'workspace', permission: 'edit' },
  { file: 'app/api/pgbouncer/apply/route.ts', method: 'POST', path: '/api/pgbouncer/apply', scope: 'workspace', permission: 'edit' },

  // Diagrams: the list and creation are workspace-level
  { file: 'app/api/diagrams/route.ts', method: 'GET', path: '/api/diagrams', scope: 'workspace', permission: 'view' },
  { file: 'app/api/diagrams/route.ts', method: 'POST', path: '/api/diagrams', scope: 'workspace', permission: 'edit' },

  // One diagram
  { file: 'app/api/diagrams/[id]/route.ts', method: 'GET', path: '/api/diagrams/:id', scope: 'diagram', permission: 'view' },
  { file: 'app/api/diagrams/[id]/route.ts', method: 'PUT', path: '/api/diagrams/:id', scope: 'diagram', permission: 'edit' },
  { file: 'app/api/diagrams/[id]/route.ts', method: 'DELETE', path: '/api/diagrams/:id', scope: 'diagram', permission: 'manage', destructive: true },
  { file: 'app/api/diagrams/[id]/analysis/route.ts', method: 'GET', path: '/api/diagrams/:id/analysis', scope: 'diagram', permission: 'view' },
  { file: 'app/api/diagrams/[id]/analysis/route.ts', method: 'POST', path: '/api/diagrams/:id/analysis', scope: 'diagram', permission: 'view' },
  { file: 'app/api/diagrams/[id]/bundle/route.ts', method: 'GET', path: '/api/diagrams/:id/bundle', scope: 'diagram', permission: 'view', query: 'pg=1' },
  { file: 'app/api/diagrams/[id]/export/route.ts', method: 'GET', path: '/api/diagrams/:id/export', scope: 'diagram', permission: 'view' },
  { file: 'app/api/diagrams/[id]/plan/route.ts', method: 'GET', path: '/api/diagrams/:id/plan', scope: 'diagram', permission: 'view', query: 'pg=1' },
  { file: 'app/api/diagrams/[id]/pooling/route.ts', method: 'POST', path: '/api/diagrams/:id/pooling', scope: 'diagram', permission: 'view' },
  { file: 'app/api/diagrams/[id]/rehearsal/route.ts', method: 'POST', path: '/api/diagrams/:id/rehearsal', scope: 'diagram', permission: 'edit' },
  { file: 'app/api/diagrams/[id]/versions/route.ts', method: 'GET', path: '/api/diagrams/:id/versions', scope: 'diagram', permission: 'view' },
  { file: 'app/api/diagrams/[id]/versions/route.ts', method: 'POST', path: '/api/diagrams/:id/versions', scope: 'diagram', permission: 'edit' },
  { file: 'app/api/diagrams/[id]/versions/[version]/route.ts', method: 'GET', path: '/api/diagrams/:id/versions/:version', scope: 'diagram', permission: 'view', params: { version: '1' } },

  // Live databases: a diagram's migrations against a connection of its workspace
  { file: 'app/api/diagrams/[id]/live/[target]/apply/route.ts', method: 'POST', path: '/api/diagrams/:id/live/:target/apply', scope: 'diagram', permission: 'edit', params: { target: '$missing' } },
  { file: 'app/api/diagrams/[id]/live/[target]/dependencies/route.ts', method: 'GET', path: '/api/diagrams/:id/live/:target/dependencies', scope: 'diagram', permission: 'edit', params: { target: '$missing' } },
  { file: 'app/api/diagrams/[id]/live/[target]/drift/route.ts', method: 'GET', path: '/api/diagrams/:id/live/:target/drift', scope: 'diagram', permission: 'edit', params: { target: '$missing' } },
  { file: 'app/api/diagrams/[id]/live/[target]/history/route.ts', method: 'GET', path: '/api/diagrams/:id/live/:target/history', scope: 'diagram', permission: 'edit', params: { target: '$missing' } },
  { file: 'app/api/diagrams/[id]/live/[target]/plan/route.ts', method: 'GET', path: '/api/diagrams/:id/live/:target/plan', scope: 'diagram', permission: 'edit', params: { target: '$missing' } },
  { file: 'app/api/diagrams/[id]/live/[target]/rollback/route.ts', method: 'POST', path: '/api/diagrams/:id/live/:target/rollback', scope: 'diagram', permission: 'edit', params: { target: '$missing' } },

  // ── Rows for routes added by other work go below (shares, comments, versions restore/compare, ops, events, presence) ──

  // Live co-editing
  { file: 'app/api/diagrams/[id]/ops/route.ts', method: 'POST', path: '/api/diagrams/:id/ops', scope: 'diagram', permission: 'edit' },
  { file: 'app/api/diagrams/[id]/events/route.ts', method: 'GET', path: '/api/diagrams/:id/events', scope: 'diagram', permission: 'view', query: 'after=not-a-revision' },
  { file: 'app/api/diagrams/[id]/presence/route.ts', method: 'POST', path: '/api/diagrams/:id/presence', scope: 'diagram', permission: 'view' },
  { file: 'app/api/diagrams/[id]/presence/route.ts', method: 'DELETE', path: '/api/diagrams/:id/presence', scope: 'diagram', permission: 'view' },

  // Share links (lib/server/sharing). Link visitors may list but never make or revoke links (403 from the service).
  { file: 'app/api/diagrams/[id]/shares/route.ts', method: 'GET', path: '/api/diagrams/:id/shares', scope: 'diagram', permission: 'edit' },
  { file: 'app/api/diagrams/[id]/shares/route.ts', method: 'POST', path: '/api/diagrams/:id/shares', scope: 'diagram', permission: 'edit' },
  { file: 'app/api/diagrams/[id]/shares/[linkId]/route.ts', method: 'DELETE', path: '/api/diagrams/:id/shares/:linkId', scope: 'diagram', permission: 'edit', params: { linkId: '$missing' } },

  // Comments (lib/server/comments). Editing needs authorship and deleting others' comments needs manage: both checked by the service (403).
  { file: 'app/api/diagrams/[id]/comments/route.ts', method: 'GET', path: '/api/diagrams/:id/comments', scope: 'diagram', permission: 'view' },
  { file: 'app/api/diagrams/[id]/comments/route.ts', method: 'POST', path: '/api/diagrams/:id/comments', scope: 'diagram', permission: 'comment' },
  { file: 'app/api/diagrams/[id]/comments/[commentId]/route.ts', method: 'PATCH', path: '/api/diagrams/:id/comments/:commentId', scope: 'diagram', permission: 'comment', params: { commentId: '$missing' } },
  { file: 'app/api/diagrams/[id]/comments/[commentId]/route.ts', method: 'DELETE', path: '/api/diagrams/:id/comments/:commentId', scope: 'diagram', permission: 'comment', params: { commentId: '$missing' } },
  { file: 'app/api/diagrams/[id]/comments/[commentId]/replies/route.ts', method: 'POST', path: '/api/diagrams/:id/comments/:commentId/replies', scope: 'diagram', permission: 'comment', params: { commentId: '$missing' } },
  { file: 'app/api/diagrams/[id]/comments/[commentId]/resolve/route.ts', method: 'POST', path: '/api/diagrams/:id/comments/:commentId/resolve', scope: 'diagram', permission: 'comment', params: { commentId: '$missing' } },
  { file: 'app/api/diagrams/[id]/comments/[commentId]/reopen/route.ts', method: 'POST', path: '/api/diagrams/:id/comments/:commentId/reopen', scope: 'diagram', permission: 'comment', params: { commentId: '$missing' } },

  // History (lib/server/diagrams/restore.ts, lib/server/history). Restore refuses any body field (400), so the probe restores nothing.
  { file: 'app/api/diagrams/[id]/versions/[version]/restore/route.ts', method: 'POST', path: '/api/diagrams/:id/versions/:version/restore', scope: 'diagram', permission: 'edit', params: { version: '1' } },
  { file: 'app/api/diagrams/[id]/compare/route.ts', method: 'GET', path: '/api/diagrams/:id/compare', scope: 'diagram', permission: 'view', query: 'from=1' },
];
