import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const nextBin = join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

export interface RunningServer {
  readonly url: string;
  /** SIGTERM, then wait for the process to exit (SIGKILL after a grace period). */
  stop(): Promise<void>;
  output(): string;
}

/**
 * Starts the production build (`next start`) as its own process, for tests that
 * restart the server. The build must exist (the Playwright webServer makes it).
 * `env` replaces storage settings: DATABASE_URL is only passed when given.
 */
export async function startNextServer(port: number, env: { TABLECRAFT_DATA_DIR?: string; DATABASE_URL?: string }): Promise<RunningServer> {
  // next.config.ts reads the same variable, so `next start` serves this folder.
  const distDir = process.env.TABLECRAFT_NEXT_DIST_DIR ?? '.next';
  if (!existsSync(join(root, distDir, 'BUILD_ID'))) throw new Error(`no production build in ${distDir}/: run \`next build\` first`);
  const url = `http://127.0.0.1:${port}`;
  if (await answers(url)) throw new Error(`something is already listening on ${url}; stop it first`);

  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', ...env };
  if (env.DATABASE_URL === undefined) delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, [nextBin, 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (chunk) => { log += chunk; });
  child.stderr!.on('data', (chunk) => { log += chunk; });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  await waitUntilReady(`${url}/api/diagrams`, child, () => log);
  return {
    url,
    output: () => log,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function waitUntilReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode} before it was ready:\n${log()}`);
    const response = await fetch(url).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`next start did not answer ${url} within 90 s:\n${log()}`);
}

async function answers(url: string): Promise<boolean> {
  const response = await fetch(url).catch(() => null);
  return response !== null;
}
