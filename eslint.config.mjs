// ESLint flat config. Fast by design: no type-aware rules, so `npx eslint .`
// stays quick enough to run on every change and in CI.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The pure core: folders whose code runs unchanged in the browser, on the server
 * and in the CLI. They hold the domain logic and import nothing that ties them
 * to one of those places. (Folders that do not exist yet cost nothing here.)
 */
export const PURE_CORE_FOLDERS = [
  'model', 'api', 'sql', 'ddl', 'migrations', 'templates', 'canvas',
  'normalization', 'lint', 'pooling', 'layout', 'advisor', 'interop', 'generate',
  'editor', 'bundle', 'analysis', 'zip', 'synthetic', 'collab',
];

const PURE_RULE =
  'lib/ pure-core folders run in the browser, on the server and in the CLI alike, so they may not import';
// Top-level names only (fs, path, crypto, …); `fs/promises` and the like are caught by `(/.*)?`.
const builtins = builtinModules.filter((name) => !name.startsWith('_') && !name.includes('/')).join('|');

/** `no-restricted-imports` patterns; each says what is banned and where such code belongs. */
export const PURE_CORE_PATTERNS = [
  {
    regex: '^(react|react-dom|next|zustand)(/.*)?$|^@xyflow/',
    message: `${PURE_RULE} UI frameworks (react, next, zustand, @xyflow). Put UI code in components/ or app/, browser-only code in lib/client/.`,
  },
  {
    regex: '^(@prisma/|@electric-sql/|pg(/.*)?$)',
    message: `${PURE_RULE} database drivers (@prisma, pg, @electric-sql). Put database access in lib/server/ and pass plain data in.`,
  },
  {
    regex: `^node:|^(${builtins})(/.*)?$`,
    message: `${PURE_RULE} Node built-in modules. Use web-standard APIs (globalThis.crypto, TextEncoder, URL) or move the I/O to lib/server/ or cli/.`,
  },
  {
    // Relative (../server, ../../lib/client) or aliased (@/lib/server) paths into the I/O folders.
    regex: '^(@/lib/|(\\.\\./)+(lib/)?)(server|client)(/.*)?$',
    message: `${PURE_RULE} lib/server/ or lib/client/: the dependency points the other way (I/O code may use the core, never the reverse).`,
  },
];

/**
 * `no-restricted-imports` does not see `import()` or `require()`; the pure core
 * needs neither, and banning them keeps the boundary checkable.
 */
const dynamicImportBans = [
  { selector: 'ImportExpression', message: 'lib/ pure-core folders use static imports only, so the import boundary can be checked.' },
  { selector: "CallExpression[callee.name='require']", message: 'lib/ pure-core folders are ES modules: use a static import.' },
];

const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'fetch', 'structuredClone', 'globalThis', 'TextEncoder', 'TextDecoder']
    .map((name) => [name, 'readonly']),
);

export default defineConfig(
  globalIgnores([
    '.next/', '.next-*/', 'node_modules/', 'lib/server/db/generated/', 'test-results/', 'playwright-report/',
    '.tablecraft/', 'tmp/', 'next-env.d.ts',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed names are deliberately unused (a parameter a callback must accept).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Plain JavaScript entry points and scripts run on Node.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: PURE_CORE_FOLDERS.map((folder) => `lib/${folder}/**/*.{ts,tsx,js,mjs}`),
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: PURE_CORE_PATTERNS }],
      'no-restricted-syntax': ['error', ...dynamicImportBans],
    },
  },
);
