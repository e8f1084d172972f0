/**
 * Builds the production app when its sources changed since the last build. Used
 * by `npm start` and by the end-to-end test server, so neither ever serves a
 * stale build. The fingerprint covers path, size and mtime of every source file.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const nextBin = join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
/** The build folder; next.config.ts reads the same variable. */
export const distDir = process.env.TABLECRAFT_NEXT_DIST_DIR ?? '.next';

const SOURCE_ROOTS = ['app', 'components', 'lib', 'prisma', 'public'];
const SOURCE_FILES = ['next.config.ts', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json', 'instrumentation.ts'];
const SKIP = new Set(['node_modules', '.next', distDir, 'generated']);

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

function run(args, label) {
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`${label} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
  console.log(`${label} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Generates the Prisma client and runs `next build` unless the last build matches the sources. */
export function ensureBuild({ force = false } = {}) {
  const stamp = join(root, distDir, 'tablecraft-build-fingerprint');
  const fingerprint = sourceFingerprint();
  const fresh = existsSync(join(root, distDir, 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint;
  if (fresh && !force) return;
  console.log('Building Tablecraft (first start, or the sources changed)…');
  run([join(root, 'scripts', 'generate-prisma.mjs')], 'prisma generate');
  // next build adds `<distDir>/types/**` to tsconfig.json for a custom build
  // folder; the committed tsconfig lists only .next, so put it back afterwards.
  const tsconfig = join(root, 'tsconfig.json');
  const committedTsconfig = readFileSync(tsconfig, 'utf8');
  const restoreTsconfig = () => {
    if (readFileSync(tsconfig, 'utf8') !== committedTsconfig) writeFileSync(tsconfig, committedTsconfig);
  };
  process.once('exit', restoreTsconfig); // run() exits the process when the build fails
  run([nextBin, 'build'], 'next build');
  restoreTsconfig();
  writeFileSync(stamp, fingerprint);
}
