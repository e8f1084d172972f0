#!/usr/bin/env node
/**
 * `npm start`: builds the app when its sources changed since the last build, then
 * serves the production build. With no DATABASE_URL the app keeps its data in an
 * embedded PostgreSQL (PGlite) under ./.tablecraft/ — no server needed.
 *
 * Single-user mode has no accounts, so the app listens on loopback only: a laptop
 * on a café network must not publish saved database credentials.
 */
import { spawn } from 'node:child_process';
import { ensureBuild, nextBin, root } from './ensure-build.mjs';

const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '3000';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

if (!LOOPBACK.has(host)) {
  console.error(
    `Refusing to listen on ${host}: Tablecraft runs in single-user mode (no accounts), ` +
      'so it only listens on 127.0.0.1. Unset HOST, or put an authenticating proxy in front.',
  );
  process.exit(1);
}

ensureBuild();

console.log(`Starting Tablecraft on http://${host === '::1' ? '[::1]' : host}:${port}`);
const server = spawn(process.execPath, [nextBin, 'start', '--hostname', host, '--port', port], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
