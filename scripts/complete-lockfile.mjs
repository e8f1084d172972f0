#!/usr/bin/env node
/**
 * Adds lock-file entries for other platforms' optional native packages
 * (@next/swc-darwin-arm64, @tailwindcss/oxide-win32-x64-msvc, …).
 *
 * Why: the registry these machines use serves only the Linux builds, so
 * `npm install` leaves the other platforms out of package-lock.json, and
 * `npm ci` then refuses the lock as "not in sync". Each added entry carries the
 * os/cpu its name states, so `npm ci` skips it on this platform without
 * fetching it. Run after `npm install` changes the lock: node scripts/complete-lockfile.mjs
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const lockPath = join(root, 'package-lock.json');
const OSES = ['android', 'darwin', 'freebsd', 'linux', 'win32', 'openbsd', 'sunos', 'aix', 'netbsd'];
const CPUS = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'ppc64', 's390x', 'riscv64', 'loong64'];

function missingPackages() {
  try {
    execFileSync('npm', ['ci', '--dry-run', '--no-audit', '--no-fund'], { cwd: root, stdio: 'pipe', encoding: 'utf8' });
    return [];
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
    return [...output.matchAll(/Missing: (\S+)@ from lock file/g)].map((m) => m[1]);
  }
}

function platformOf(name) {
  const parts = name.split('/').at(-1).split('-');
  return { os: OSES.find((o) => parts.includes(o)), cpu: CPUS.find((c) => parts.includes(c)) };
}

const missing = missingPackages();
if (missing.length === 0) {
  console.log('package-lock.json is complete.');
  process.exit(0);
}
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
for (const name of missing) {
  const wanted = Object.values(lock.packages).map((meta) => meta.optionalDependencies?.[name] ?? meta.dependencies?.[name]).find(Boolean);
  const { os, cpu } = platformOf(name);
  if (!wanted || !cpu) throw new Error(`cannot complete ${name}: no version or platform found`);
  lock.packages[`node_modules/${name}`] = { version: wanted, optional: true, cpu: [cpu], ...(os ? { os: [os] } : {}) };
  console.log(`added ${name}@${wanted} (${os ?? 'any os'}/${cpu})`);
}
const [rootEntry, ...rest] = Object.entries(lock.packages);
lock.packages = Object.fromEntries([rootEntry, ...rest.sort(([a], [b]) => a.localeCompare(b))]);
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
