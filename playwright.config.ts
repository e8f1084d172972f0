import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium (Playwright cannot download its own
 * browsers on these machines) against the production build, served by
 * scripts/e2e-server.mjs with a throw-away data folder.
 */
// E2E_PORT lets two suites run side by side (each also needs its own TABLECRAFT_NEXT_DIST_DIR).
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: 'test-results/e2e',
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }, testIgnore: '**/docs/**' },
    // The README screenshot: only when asked for (DOCS_SCREENSHOT=1), since it rewrites docs/screenshot.png.
    ...(process.env.DOCS_SCREENSHOT === '1'
      ? [{ name: 'docs', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }, testMatch: '**/docs/**/*.spec.ts' }]
      : []),
  ],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    // /api/diagrams answers only once storage is up, so tests start on a ready server.
    url: `${baseURL}/api/diagrams`,
    reuseExistingServer: false,
    // A first `next build` takes a few minutes on two cores.
    timeout: 600_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
