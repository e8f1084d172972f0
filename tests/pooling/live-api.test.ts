import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ConnectionSummary, DiagramDetail } from '../../lib/api/dto';
import { Workload, type WorkloadInput } from '../../lib/model/workload';
import { bundle } from '../../lib/pooling/bundle';
import { readLive } from '../../lib/server/pgbouncer/admin';
import * as applyRoute from '../../app/api/pgbouncer/apply/route';
import * as diffRoute from '../../app/api/pgbouncer/diff/route';
import * as statusRoute from '../../app/api/pgbouncer/status/route';
import type { PgBouncerApplyDto, PgBouncerDiffDto, PgBouncerStatusDto } from '../../app/api/pgbouncer/_lib/dto';
import * as connections from '../../app/api/connections/route';
import * as diagrams from '../../app/api/diagrams/route';
import * as diagram from '../../app/api/diagrams/[id]/route';
import { apiError, call, request, useTemporaryStorage } from '../api/support/api';
import { freePort, liveSkipReason, pgbouncerDir, startPgBouncer, type RunningPgBouncer } from './support';

/** POST /api/pgbouncer/status|diff|apply, handlers called directly, against a real PgBouncer 1.18. */
const skip = await liveSkipReason();
const ADMIN = 'tc_api_admin';
const ADMIN_PASSWORD = 'api-console-Secret-71c';

useTemporaryStorage();

describe.skipIf(skip !== null)(skip ? `the live PgBouncer API (skipped: ${skip})` : 'the live PgBouncer API', () => {
  let server: RunningPgBouncer;
  let folder: ReturnType<typeof pgbouncerDir>;
  let port: number;
  const answers: string[] = [];
  const logged = vi.fn();
  const adminUrl = () => `postgres://${ADMIN}:${ADMIN_PASSWORD}@127.0.0.1:${port}/pgbouncer`;
  const workload = (perCore: number, listenPort = port): WorkloadInput => ({
    server: { cores: 2, maxConnections: 100, activeConnectionsPerCore: perCore },
    clients: [{ name: 'web', kind: 'long-lived', instances: 4, poolSize: 5 }],
    databases: [{ name: 'test' }],
    users: [{ name: 'app' }, { name: ADMIN, role: 'admin' }],
    pgbouncer: { version: '1.18', listenPort, authFile: `${folder.dir}/userlist.txt` },
  });
  const post = async <T>(route: { POST: (r: Request) => Promise<Response> }, path: string, body: unknown) => {
    const answer = await call<T>(route.POST, request('POST', path, { body }));
    answers.push(JSON.stringify(answer.body));
    return answer;
  };
  const liveValue = async (key: string) => {
    const live = await readLive({ host: '127.0.0.1', port, user: ADMIN, password: ADMIN_PASSWORD });
    if (!live.ok) throw new Error(live.error.message);
    return live.value.config.find((s) => s.key === key)?.value;
  };

  beforeAll(async () => {
    for (const method of ['log', 'error', 'warn', 'info'] as const) vi.spyOn(console, method).mockImplementation(logged);
    folder = pgbouncerDir();
    port = await freePort();
    const first = await bundle(Workload.parse(workload(2)), { passwords: new Map([['app', 'a'], [ADMIN, ADMIN_PASSWORD]]) });
    if (!first.ok) throw new Error(JSON.stringify(first.error));
    folder.write('userlist.txt', first.value.files['pgbouncer/userlist.txt']!);
    server = await startPgBouncer(folder.write('pgbouncer.ini', first.value.files['pgbouncer/pgbouncer.ini']!), port);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await server?.stop();
    folder?.remove();
  });

  it('status: version, settings with PgBouncer\'s changeable flag, databases and pools', async () => {
    const answer = await post<{ pgbouncer: PgBouncerStatusDto }>(statusRoute, '/api/pgbouncer/status', { adminUrl: adminUrl() });
    expect(answer.status).toBe(200);
    const s = answer.body.pgbouncer;
    expect(s.version).toMatch(/^PgBouncer 1\.18/);
    expect(s.console).toBe(`${ADMIN}@127.0.0.1:${port}`);
    expect(s.settings).toContainEqual({ key: 'default_pool_size', value: '4', changeable: true });
    expect(s.settings).toContainEqual({ key: 'listen_port', value: String(port), changeable: false });
    expect(s.databases.map((d) => d.name)).toContain('test');
    expect(s.pools.length).toBeGreaterThan(0);
  });

  it('diff against a saved diagram\'s workload: default_pool_size applies live, listen_port needs a restart', async () => {
    const created = await call<{ diagram: DiagramDetail }>(diagrams.POST, request('POST', '/api/diagrams', { body: { name: 'Pooled' } }));
    const d = created.body.diagram;
    const saved = await call<{ diagram: DiagramDetail }>(diagram.PUT, request('PUT', `/api/diagrams/${d.id}`, { body: { baseRevision: d.revision, document: { ...d.document, workload: workload(4, port + 1) } } }), { id: d.id });
    expect(saved.status).toBe(200);
    const answer = await post<{ diff: PgBouncerDiffDto }>(diffRoute, '/api/pgbouncer/diff', { adminUrl: adminUrl(), diagramId: d.id });
    expect(answer.status).toBe(200);
    expect(answer.body.diff).toMatchObject({ generatedVersion: '1.18', versionSource: 'running' });
    // The reserve pool grows with the pool (sizing.ts), so it differs too.
    expect(answer.body.diff.changes).toContainEqual({ key: 'listen_port', wanted: String(port + 1), live: String(port), action: 'restart' });
    expect(answer.body.diff.changes).toContainEqual({ key: 'default_pool_size', wanted: '8', live: '4', action: 'set' });
    expect(answer.body.diff.changes.filter((c) => c.action !== 'set').map((c) => c.key)).toEqual(['listen_port']);
  });

  it('apply through a saved connection SETs what applies live; SHOW CONFIG confirms; listen_port is left for a restart', async () => {
    const saved = await call<{ connection: ConnectionSummary }>(connections.POST, request('POST', '/api/connections', { body: { name: 'pooler', url: `${adminUrl()}?sslmode=disable` } }));
    expect(saved.status).toBe(201);
    answers.push(JSON.stringify(saved.body));
    const answer = await post<{ apply: PgBouncerApplyDto }>(applyRoute, '/api/pgbouncer/apply', { connectionId: saved.body.connection.id, workload: workload(4, port + 1) });
    expect(answer.status).toBe(200);
    expect(answer.body.apply).toMatchObject({ applied: expect.arrayContaining([{ key: 'default_pool_size', value: '8' }]), failed: [], needsRestart: ['listen_port'], unsupported: [], skipped: [] });
    expect(answer.body.apply.after.changes.map((c) => c.key)).toEqual(['listen_port']);
    expect(await liveValue('default_pool_size')).toBe('8');
    expect(await liveValue('listen_port')).toBe(String(port));
  });

  it('apply changes only the confirmed keys', async () => {
    const answer = await post<{ apply: PgBouncerApplyDto }>(applyRoute, '/api/pgbouncer/apply', { adminUrl: adminUrl(), workload: workload(3), keys: ['max_client_conn'] });
    expect(answer.status).toBe(200);
    expect(answer.body.apply.applied).toEqual([]);
    expect(answer.body.apply.skipped).toEqual(['max_client_conn']);
    expect(await liveValue('default_pool_size')).toBe('8');
  });

  it('refuses what is not the console, hosts outside the allowlist, bad bodies and a wrong password — never echoing it', async () => {
    const notConsole = await post(statusRoute, '/api/pgbouncer/status', { adminUrl: adminUrl().replace(/pgbouncer$/, 'test') });
    expect([notConsole.status, apiError(notConsole).code]).toEqual([400, 'invalid_request']);
    expect(apiError(notConsole).message).toMatch(/virtual database "pgbouncer", not "test"/);

    process.env.TABLECRAFT_ALLOWED_DB_HOSTS = '10.0.0.0/8';
    try {
      const refused = await post(statusRoute, '/api/pgbouncer/status', { adminUrl: adminUrl() });
      expect([refused.status, apiError(refused).code]).toEqual([403, 'forbidden_host']);
    } finally {
      delete process.env.TABLECRAFT_ALLOWED_DB_HOSTS;
    }

    const both = await post(statusRoute, '/api/pgbouncer/status', { adminUrl: adminUrl(), connectionId: 'x' });
    expect(apiError(both).code).toBe('invalid_request');
    const noSource = await post(diffRoute, '/api/pgbouncer/diff', { adminUrl: adminUrl() });
    expect(apiError(noSource).problems?.[0]?.path).toBe('workload');
    const badUrl = await post(statusRoute, '/api/pgbouncer/status', { adminUrl: `mysql://${ADMIN}:${ADMIN_PASSWORD}@h/pgbouncer` });
    expect(apiError(badUrl).code).toBe('invalid_request');

    const wrong = await post(statusRoute, '/api/pgbouncer/status', { adminUrl: adminUrl().replace(`:${ADMIN_PASSWORD}@`, `:x${ADMIN_PASSWORD}@`) });
    expect([wrong.status, apiError(wrong).code]).toEqual([502, 'connection_failed']);
  });

  it('no answer and no log line holds the admin password', () => {
    expect(answers.length).toBeGreaterThan(8);
    for (const text of [...answers, ...logged.mock.calls.map((c) => c.map(String).join(' '))]) {
      expect(text).not.toContain(ADMIN_PASSWORD);
    }
  });
});
