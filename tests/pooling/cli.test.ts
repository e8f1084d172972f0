import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ecommerceTemplate } from '../../lib/templates/ecommerce';

/** `tablecraft pgbouncer` through the real bin/tablecraft.mjs, as a user runs it. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'tc-pgbouncer-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const tablecraft = (args: string[], env: Record<string, string> = {}) => {
  const run = spawnSync(process.execPath, [join(root, 'bin/tablecraft.mjs'), ...args], { cwd: work, encoding: 'utf8', timeout: 30_000, env: { ...process.env, ...env } });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};

const workload = {
  server: { cores: 4, maxConnections: 100 },
  clients: [{ name: 'api', kind: 'serverless', instances: 200 }],
  features: { preparedStatements: true },
  databases: [{ name: 'shop' }],
  users: [{ name: 'shop_app' }, { name: 'ops', role: 'admin' }],
};
writeFileSync(join(work, 'workload.json'), JSON.stringify(workload));

describe('tablecraft pgbouncer', () => {
  it('writes the bundle for the chosen version and prints the arithmetic', () => {
    const { code, stdout, stderr } = tablecraft(
      ['pgbouncer', 'workload.json', '--out', 'out', '--version', '1.18', '--password-env', 'shop_app=APP_PW', '--password-env', 'ops=OPS_PW'],
      { APP_PW: 'app-secret', OPS_PW: 'ops-secret' },
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    // 4 cores × 3 = 12 = pool_size; demand 200 → max_client_conn = 240 + 10 = 250
    expect(stdout).toMatch(/pool_size shop = 12/);
    expect(stdout).toMatch(/max_client_conn = 250/);
    expect(stdout).toMatch(/ERROR pooling\.prepared-statements/);
    for (const name of ['pgbouncer.ini', 'userlist.txt', 'README.md', 'supavisor-tenant.json', 'supavisor.env']) {
      expect(existsSync(join(work, 'out/pgbouncer', name)), name).toBe(true);
    }
    const ini = readFileSync(join(work, 'out/pgbouncer/pgbouncer.ini'), 'utf8');
    expect(ini).toMatch(/^max_client_conn = 250$/m);
    expect(ini).not.toMatch(/max_prepared_statements/);
    const userlist = readFileSync(join(work, 'out/pgbouncer/userlist.txt'), 'utf8');
    expect(userlist).toMatch(/^"shop_app" "SCRAM-SHA-256\$4096:/m);
    expect(userlist).not.toContain('app-secret');
  });

  it('refuses to overwrite without --force, and reads passwords from a secrets file', () => {
    writeFileSync(join(work, 'secrets.json'), JSON.stringify({ shop_app: 'a', ops: 'b' }));
    expect(tablecraft(['pgbouncer', 'workload.json', '--out', 'out', '--secrets', 'secrets.json']).code).toBe(2);
    const forced = tablecraft(['pgbouncer', 'workload.json', '--out', 'out', '--secrets', 'secrets.json', '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(work, 'out/pgbouncer/pgbouncer.ini'), 'utf8')).toMatch(/^max_prepared_statements = 200$/m);
  });

  it('reads the workload of a diagram document', () => {
    writeFileSync(join(work, 'diagram.json'), JSON.stringify({ ...ecommerceTemplate(), workload }));
    const { code, stdout } = tablecraft(['pgbouncer', 'diagram.json', '--out', 'from-diagram', '--secrets', 'secrets.json']);
    expect(code).toBe(0);
    expect(stdout).toContain('wrote 5 files');
  });

  it('exits 2 on usage errors and 1 on a bad workload, saying what and where', () => {
    expect(tablecraft(['pgbouncer', 'workload.json']).stderr).toMatch(/--out DIR is required/);
    expect(tablecraft(['pgbouncer', 'workload.json', '--out', 'x', '--version', '1.9']).code).toBe(2);
    const missing = tablecraft(['pgbouncer', 'workload.json', '--out', 'x']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no password for "shop_app", "ops"/);
    writeFileSync(join(work, 'bad.json'), JSON.stringify({ ...workload, clients: [{ name: 'x', kind: 'long-lived', instances: 1, database: 'nope' }] }));
    const bad = tablecraft(['pgbouncer', 'bad.json', '--out', 'x', '--secrets', 'secrets.json']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/clients\.0\.database: no database named "nope"/);
    writeFileSync(join(work, 'nodiagram.json'), JSON.stringify(ecommerceTemplate()));
    expect(tablecraft(['pgbouncer', 'nodiagram.json', '--out', 'x', '--secrets', 'secrets.json']).stdout).toMatch(/has no "workload"/);
  });
});
