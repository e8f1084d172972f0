#!/usr/bin/env node
/**
 * `npm start`: builds the app when its sources changed since the last build, then
 * serves the production build. With no DATABASE_URL the app keeps its data in an
 * embedded PostgreSQL (PGlite) under ./.tablecraft/ — no server needed.
 *
 * Single-user mode has no accounts, so the app listens on loopback only: a laptop
 * on a café network must not publish saved database credentials.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
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

const SOURCE_ROOTS = ['app', 'components', 'lib', 'prisma', 'public'];
const SOURCE_FILES = ['next.config.ts', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json', 'instrumentation.ts'];
const SKIP = new Set(['node_modules', '.next', 'generated']);

function* walk(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (!entry.name.endsWith('.test.ts')) yield path;
  }
}

function sourceFingerprint() {
  const hash = createHash('sha256');
  const files = [...SOURCE_ROOTS.flatMap((d) => [...walk(join(root, d))]), ...SOURCE_FILES.map((f) => join(root, f))];
  for (const file of files.filter(existsSync).sort()) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${relative(root, file)}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

const stamp = join(root, '.next', 'tablecraft-build-fingerprint');
const fingerprint = sourceFingerprint();
const built = existsSync(join(root, '.next', 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint;
if (!built) {
  console.log('Building Tablecraft (first start or sources changed)…');
  run(process.execPath, [join(root, 'scripts', 'generate-prisma.mjs')]);
  run(process.execPath, [join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build']);
  writeFileSync(stamp, fingerprint);
}

console.log(`Starting Tablecraft on http://${host === '::1' ? '[::1]' : host}:${port}`);
const server = spawn(
  process.execPath,
  [join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '--hostname', host, '--port', port],
  { cwd: root, stdio: 'inherit', env: process.env },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
