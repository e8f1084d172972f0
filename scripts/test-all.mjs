#!/usr/bin/env node
/**
 * `npm test`: the whole suite — typecheck, lint, unit and integration tests
 * (vitest: embedded PostgreSQL, and the local PostgreSQL server when it is up),
 * then end-to-end tests in Chromium (Playwright). Every step runs even when an
 * earlier one fails, so one run shows everything that is broken; the exit code
 * is non-zero if any step failed. Ends with one line: "tests: N passed, N failed, N skipped".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const vitestJson = join(results, 'vitest.json');
const playwrightJson = join(results, 'playwright.json');
for (const file of [vitestJson, playwrightJson]) rmSync(file, { force: true });

const only = process.argv.slice(2);
const steps = [
  { name: 'prisma client', args: [join(root, 'scripts', 'generate-prisma.mjs')] },
  { name: 'typecheck', args: [bin('typescript', 'bin/tsc'), '--noEmit'] },
  { name: 'lint', args: [bin('eslint', 'bin/eslint.js'), '.', '--max-warnings=0'] },
  {
    name: 'unit+integration',
    args: [bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
  },
  {
    name: 'e2e',
    args: [bin('@playwright/test', 'cli.js'), 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson },
  },
].filter((step) => only.length === 0 || only.includes(step.name));

const outcomes = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const run = spawnSync(process.execPath, step.args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  outcomes.push({ name: step.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}

const counts = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  counts.passed += report.numPassedTests ?? 0;
  counts.failed += report.numFailedTests ?? 0;
  counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
if (existsSync(playwrightJson)) {
  const { stats } = JSON.parse(readFileSync(playwrightJson, 'utf8'));
  counts.passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  counts.failed += stats?.unexpected ?? 0;
  counts.skipped += stats?.skipped ?? 0;
}

console.log('\n=== summary ===');
for (const outcome of outcomes) {
  console.log(`${outcome.ok ? 'ok  ' : 'FAIL'} ${outcome.name} (${outcome.seconds.toFixed(1)} s)`);
}
const failedSteps = outcomes.filter((o) => !o.ok).length;
// A step that failed without failing a test (typecheck, lint, a crash) still counts as a failure.
const failed = counts.failed + (failedSteps > 0 && counts.failed === 0 ? failedSteps : 0);
console.log(`tests: ${counts.passed} passed, ${failed} failed, ${counts.skipped} skipped`);
process.exit(failedSteps > 0 ? 1 : 0);
