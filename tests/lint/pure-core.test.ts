import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: `${root}eslint.config.mjs` });

/** Lints `code` as if it were the file at `relativePath`; the file need not exist. */
async function lint(code: string, relativePath: string) {
  const [result] = await eslint.lintText(code, { filePath: `${root}${relativePath}` });
  return result!.messages.map((m) => ({ rule: m.ruleId, line: m.line, message: m.message, severity: m.severity }));
}

const restricted = (messages: Awaited<ReturnType<typeof lint>>) =>
  messages.filter((m) => m.rule === 'no-restricted-imports' || m.rule === 'no-restricted-syntax');

describe('the pure-core lint rule', () => {
  it('rejects a Node built-in in lib/model, with a message that explains the rule', async () => {
    const messages = await lint("import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n", 'lib/model/reader.ts');
    expect(restricted(messages)).toEqual([
      expect.objectContaining({ rule: 'no-restricted-imports', line: 1, severity: 2, message: expect.stringContaining('Node built-in modules') }),
    ]);
    expect(messages[0]!.message).toContain('run in the browser, on the server and in the CLI');
  });

  it('accepts a clean module in lib/model', async () => {
    const code = "import { z } from 'zod';\nimport { Id } from './ids';\nexport const Thing = z.object({ id: Id });\n";
    expect(await lint(code, 'lib/model/thing.ts')).toEqual([]);
  });

  it.each([
    ['bare built-in', "import path from 'path';", 'lib/sql/x.ts'],
    ['built-in subpath', "import { readFile } from 'fs/promises';", 'lib/migrations/x.ts'],
    ['crypto', "import { randomUUID } from 'crypto';", 'lib/templates/x.ts'],
    ['react', "import { useState } from 'react';", 'lib/canvas/x.ts'],
    ['react-dom/client', "import { createRoot } from 'react-dom/client';", 'lib/canvas/x.ts'],
    ['next subpath', "import { cookies } from 'next/headers';", 'lib/api/x.ts'],
    ['prisma', "import { PrismaClient } from '@prisma/client';", 'lib/model/x.ts'],
    ['pg', "import { Pool } from 'pg';", 'lib/normalization/x.ts'],
    ['node:crypto in lib/ddl', "import { createHash } from 'node:crypto';", 'lib/ddl/x.ts'],
    ['require()', "export const fs = require('fs');", 'lib/model/x.ts'],
    ['pglite', "import { PGlite } from '@electric-sql/pglite';", 'lib/lint/x.ts'],
    ['zustand', "import { create } from 'zustand';", 'lib/layout/x.ts'],
    ['react flow', "import type { Node } from '@xyflow/react';", 'lib/canvas/x.ts'],
    ['lib/server by relative path', "import { db } from '../server/db';", 'lib/model/x.ts'],
    ['lib/client from a nested folder', "import { store } from '../../client/store';", 'lib/advisor/rules/x.ts'],
    ['lib/server by alias', "import { db } from '@/lib/server/db';", 'lib/pooling/x.ts'],
    ['re-export', "export { db } from '../server/db';", 'lib/interop/x.ts'],
    ['dynamic import', "export const load = () => import('./other');", 'lib/generate/x.ts'],
  ])('rejects %s', async (_label, code, file) => {
    expect(restricted(await lint(`${code}\n`, file))).toHaveLength(1);
  });

  it.each([
    ['a test file in a pure folder', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'lib/model/x.test.ts'],
    ['lib/server itself', "import { Pool } from 'pg';\nexport const p = Pool;\n", 'lib/server/x.ts'],
    ['the CLI', "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n", 'cli/x.ts'],
    ['a sibling whose name merely contains "server"', "import { a } from './server-names';\nexport const b = a;\n", 'lib/model/x.ts'],
    ['a package whose name starts like a banned one', "import { b } from 'pgvector-utils';\nexport const c = b;\n", 'lib/model/x.ts'],
  ])('allows %s', async (_label, code, file) => {
    expect(restricted(await lint(code, file))).toEqual([]);
  });
});
