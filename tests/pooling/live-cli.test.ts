import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workload, type WorkloadInput } from '../../lib/model/workload';
import { bundle } from '../../lib/pooling/bundle';
import { readLive } from '../../lib/server/pgbouncer/admin';
import { freePort, liveSkipReason, pgbouncerDir, startPgBouncer, type RunningPgBouncer } from './support';

/** `tablecraft pgbouncer status|diff|apply` through bin/tablecraft.mjs against a real PgBouncer 1.18. */
const skip = await liveSkipReason();
const root = fileURLToPath(new URL('../../', import.meta.url));
const ADMIN = 'tc_cli_admin';
const ADMIN_PASSWORD = 'cli-console-Secret-9f3';

describe.skipIf(skip !== null)(skip ? `tablecraft pgbouncer status|diff|apply (skipped: ${skip})` : 'tablecraft pgbouncer status|diff|apply', () => {
  let server: RunningPgBouncer;
  let folder: ReturnType<typeof pgbouncerDir>;
  let port: number;
  let iniPath: string;
  const work = mkdtempSync(join(tmpdir(), 'tc-pgbouncer-live-cli-'));
  const outputs: string[] = [];
  const adminUrl = () => `postgres://${ADMIN}:${ADMIN_PASSWORD}@127.0.0.1:${port}/pgbouncer`;

  const workload = (perCore: number, listenPort = port): WorkloadInput => ({
    server: { cores: 2, maxConnections: 100, activeConnectionsPerCore: perCore },
    clients: [{ name: 'web', kind: 'long-lived', instances: 4, poolSize: 5 }],
    databases: [{ name: 'test' }],
    users: [{ name: 'app' }, { name: ADMIN, role: 'admin' }],
    pgbouncer: { version: '1.18', listenPort, authFile: `${folder.dir}/userlist.txt` },
  });
  const tablecraft = (args: string[]) => new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    // Asynchronous, so this worker keeps draining PgBouncer's log pipes meanwhile.
    const child = spawn(process.execPath, [join(root, 'bin/tablecraft.mjs'), ...args], { cwd: work, env: { ...process.env, PGBOUNCER_ADMIN_URL: '' } });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (c: Buffer) => { stdout += c.toString(); });
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    child.once('error', reject);
    child.once('exit', (code) => {
      outputs.push(stdout, stderr);
      resolve({ code, stdout, stderr });
    });
  });
  const liveValue = async (key: string) => {
    const live = await readLive({ host: '127.0.0.1', port, user: ADMIN, password: ADMIN_PASSWORD });
    if (!live.ok) throw new Error(live.error.message);
    return live.value.config.find((s) => s.key === key)?.value;
  };

  beforeAll(async () => {
    folder = pgbouncerDir();
    port = await freePort();
    // 2 cores × 2 per core: default_pool_size = 4 at start.
    const first = await bundle(Workload.parse(workload(2)), { passwords: new Map([['app', 'a'], [ADMIN, ADMIN_PASSWORD]]) });
    if (!first.ok) throw new Error(JSON.stringify(first.error));
    folder.write('userlist.txt', first.value.files['pgbouncer/userlist.txt']!);
    iniPath = folder.write('pgbouncer.ini', first.value.files['pgbouncer/pgbouncer.ini']!);
    server = await startPgBouncer(iniPath, port);
    // Twice the pool (2 × 4 = 8) and another port, which only a restart can change.
    writeFileSync(join(work, 'bigger.json'), JSON.stringify(workload(4, port + 1)));
    writeFileSync(join(work, 'medium.json'), JSON.stringify(workload(3)));
  });
  afterAll(async () => {
    await server?.stop();
    folder?.remove();
    rmSync(work, { recursive: true, force: true });
  });

  it('status prints the version, the settings and the pools', async () => {
    const { code, stdout, stderr } = await tablecraft(['pgbouncer', 'status', '--admin-url', adminUrl()]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^PgBouncer 1\.18/);
    expect(stdout).toMatch(/\* default_pool_size\s+4$/m);
    expect(stdout).toMatch(/ {3}listen_port\s+\d+$/m);
    expect(stdout).toMatch(/^Pools:\n {2}pgbouncer\/pgbouncer /m);
    const json = JSON.parse((await tablecraft(['pgbouncer', 'status', '--admin-url', adminUrl(), '--format', 'json'])).stdout) as { config: { key: string; changeable: boolean }[] };
    expect(json.config).toContainEqual({ key: 'listen_port', value: String(port), changeable: false });
  });

  it('diff shows default_pool_size live vs generated as applying live, and listen_port as needing a restart', async () => {
    const { code, stdout } = await tablecraft(['pgbouncer', 'diff', 'bigger.json', '--admin-url', adminUrl()]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/generated for PgBouncer 1\.18/);
    expect(stdout).toMatch(/^ {2}default_pool_size\s+4\s+8\s+applies live$/m);
    expect(stdout).toMatch(new RegExp(`^  listen_port\\s+${port}\\s+${port + 1}\\s+needs restart$`, 'm'));
  });

  it('apply SETs the pool size (SHOW CONFIG confirms) and leaves listen_port for a restart', async () => {
    const { code, stdout, stderr } = await tablecraft(['pgbouncer', 'apply', 'bigger.json', '--admin-url', adminUrl()]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^applied {2}default_pool_size = 8$/m);
    expect(stdout).toMatch(/^restart {2}listen_port: .*needs a restart/m);
    expect(await liveValue('default_pool_size')).toBe('8');
    expect(await liveValue('listen_port')).toBe(String(port));
  });

  it('apply --config-file --reload writes pgbouncer.ini (keeping a .bak) and RELOADs it', async () => {
    const { code, stdout, stderr } = await tablecraft(['pgbouncer', 'apply', 'medium.json', '--admin-url', adminUrl(), '--config-file', iniPath, '--reload']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('RELOADed');
    expect(readFileSync(iniPath, 'utf8')).toMatch(/^default_pool_size = 6$/m);
    expect(existsSync(`${iniPath}.bak`)).toBe(true);
    expect(await liveValue('default_pool_size')).toBe('6');
  });

  it('refuses a URL that is not the admin console, a wrong password, and a missing URL, without echoing the password', async () => {
    const notConsole = await tablecraft(['pgbouncer', 'status', '--admin-url', `postgres://${ADMIN}:${ADMIN_PASSWORD}@127.0.0.1:${port}/test`]);
    expect(notConsole.code).toBe(2);
    expect(notConsole.stderr).toMatch(/virtual database "pgbouncer", not "test"/);
    const wrong = await tablecraft(['pgbouncer', 'status', '--admin-url', `postgres://${ADMIN}:wrong-${ADMIN_PASSWORD}@127.0.0.1:${port}/pgbouncer`]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/cannot connect to the PgBouncer admin console/);
    expect((await tablecraft(['pgbouncer', 'diff', 'bigger.json'])).stderr).toMatch(/missing --admin-url/);
  });

  it('never prints the admin password, and the generator still works', async () => {
    expect(outputs.length).toBeGreaterThan(10);
    for (const text of outputs) expect(text).not.toContain(ADMIN_PASSWORD);
    writeFileSync(join(work, 'secrets.json'), JSON.stringify({ app: 'a', [ADMIN]: 'b' }));
    expect((await tablecraft(['pgbouncer', 'medium.json', '--out', 'out', '--secrets', 'secrets.json'])).code).toBe(0);
    expect(existsSync(join(work, 'out/pgbouncer/pgbouncer.ini'))).toBe(true);
  });
});
