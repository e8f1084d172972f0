#!/usr/bin/env node
/**
 * `npm start`: builds the app when its sources changed since the last build, then
 * serves the production build. With no DATABASE_URL the app keeps its data in an
 * embedded PostgreSQL (PGlite) under ./.tablecraft/ — no server needed.
 *
 * Until someone signs in, the app may run in its open single-user mode (no
 * accounts: whoever connects is the owner), so it listens on loopback only — a
 * laptop on a café network must not publish saved database credentials. Another
 * address needs TABLECRAFT_AUTH=required, which makes every request sign in.
 */
import { spawn } from 'node:child_process';
import { ensureBuild, nextBin, root } from './ensure-build.mjs';

const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '3000';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

const authRequired = process.env.TABLECRAFT_AUTH?.trim().toLowerCase() === 'required';

if (!LOOPBACK.has(host) && !authRequired) {
  console.error(
    `Refusing to listen on ${host}: without TABLECRAFT_AUTH=required, Tablecraft may run in its open ` +
      'single-user mode, where anyone who can connect is the owner. Set TABLECRAFT_AUTH=required ' +
      '(every request then needs an account or a share link; create the owner at /setup), or unset HOST.',
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
