#!/usr/bin/env node
/**
 * Generates Prisma Client into lib/server/db/generated (git-ignored) from
 * prisma/schema.prisma. Run before build, typecheck and tests.
 *
 * The prisma CLI downloads its native schema engine for every command, which
 * fails offline. `generate` never runs that engine, so pointing
 * PRISMA_SCHEMA_ENGINE_BINARY at any existing file lets it work without a network.
 * (The app's tables are created by its own migration runner, not `prisma migrate`.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'node_modules', 'prisma', 'build', 'index.js');
if (!existsSync(cli)) {
  console.error('prisma is not installed: run `npm ci` first.');
  process.exit(1);
}
const placeholderEngine = existsSync('/bin/false') ? '/bin/false' : process.execPath;
const result = spawnSync(process.execPath, [cli, 'generate', '--schema', join(root, 'prisma', 'schema.prisma')], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholderEngine,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
if (result.status !== 0) {
  console.error(`prisma generate failed (exit ${result.status ?? result.signal}).`);
  process.exit(result.status ?? 1);
}
