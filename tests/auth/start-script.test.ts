import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

const script = path.resolve(__dirname, '../../scripts/start.mjs');

it('refuses a non-loopback HOST unless TABLECRAFT_AUTH=required, and says how to allow it', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '0.0.0.0', PORT: '3999' };
  delete env.TABLECRAFT_AUTH;
  const run = spawnSync(process.execPath, [script], { env, encoding: 'utf8', timeout: 30_000 });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('Refusing to listen on 0.0.0.0');
  expect(run.stderr).toContain('TABLECRAFT_AUTH=required');
});
