#!/usr/bin/env node
/**
 * The app server for the end-to-end tests (Playwright's `webServer`): the
 * production build, on 127.0.0.1:3100, with its data in a fresh temporary folder
 * so tests never touch the user's diagrams (and never a DATABASE_URL from the
 * environment). Builds first when the sources changed since the last build (or E2E_REBUILD=1).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuild, nextBin as next, root } from './ensure-build.mjs';

const port = process.env.E2E_PORT ?? '3100';

ensureBuild({ force: process.env.E2E_REBUILD === '1' });

const dataDir = mkdtempSync(join(tmpdir(), 'tablecraft-e2e-'));
const env = { ...process.env, TABLECRAFT_DATA_DIR: dataDir, NODE_ENV: 'production' };
delete env.DATABASE_URL;
console.log(`[e2e-server] data folder ${dataDir}`);

const server = spawn(process.execPath, [next, 'start', '--hostname', '127.0.0.1', '--port', port], {
  cwd: root,
  stdio: 'inherit',
  env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 0 : 1));
});
