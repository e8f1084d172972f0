import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiagramDetail } from '../../lib/api/dto';
import type { DiagramDocument } from '../../lib/model';
import type { DiscoveryReport } from '../../lib/server/discovery';
import { fromPg } from '../../lib/server/introspect';
import { closeSandbox, sandboxUrl } from '../../lib/server/sandbox/sandbox';
import * as diagrams from '../../app/api/diagrams/route';
import * as dependencies from '../../app/api/diagrams/[id]/live/[target]/dependencies/route';
import { apiError, call, request, useTemporaryStorage } from '../api/support/api';
import { runCli } from '../../cli/main';
import type { CliIo } from '../../cli/io';
import { introspectedShop, SHOP_SQL, spell, tableNamed } from './shop';

useTemporaryStorage();
afterAll(() => closeSandbox());

const discover = (id: string, target: string, query = '') =>
  call<{ discovery: DiscoveryReport }>(dependencies.GET, request('GET', `/api/diagrams/${id}/live/${target}/dependencies${query}`), { id, target });

let doc: DiagramDocument;
let id = '';

beforeAll(async () => {
    const client = new pg.Client({ connectionString: await sandboxUrl() });
    await client.connect();
    try {
      await client.query(SHOP_SQL);
      doc = await introspectedShop(fromPg(client));
    } finally {
      await client.end();
    }
    const created = await call<{ diagram: DiagramDetail }>(diagrams.POST, request('POST', '/api/diagrams', { body: { document: doc } }));
    expect(created.status).toBe(201);
    id = created.body.diagram.id;
    doc = created.body.diagram.document;
});

describe('GET /api/diagrams/:id/live/:target/dependencies on the sandbox', () => {
  it('returns the dependencies found in the sandbox rows', async () => {
    const answer = await discover(id, 'sandbox');
    expect(answer.status).toBe(200);
    const spellings = answer.body.discovery.suggestions.map((s) => spell(doc, s));
    expect(spellings).toEqual(expect.arrayContaining(['addresses: zip -> city,state', 'orders: customer_id -> customer_email']));
    expect(answer.body.discovery.suggestions.every((s) => s.code === 'SUGGESTED_DATA_DEPENDENCY' && s.fix.kind === 'declare_dependency')).toBe(true);
  });

  it('samples only the tables asked for, with the options given', async () => {
    const addresses = tableNamed(doc, 'addresses').id;
    const answer = await discover(id, 'sandbox', `?table=${addresses}&sample=100&maxError=0.05&maxLhs=2`);
    expect(answer.status).toBe(200);
    expect(answer.body.discovery.tables.map((t) => [t.tableName, t.sampledRows])).toEqual([['addresses', 100]]);
    expect(answer.body.discovery.options).toMatchObject({ sampleSize: 100, maxError: 0.05, maxLhs: 2 });
  });

  it('rejects bad options, unknown tables and unknown targets', async () => {
    const bad = await discover(id, 'sandbox', '?sample=ten');
    expect(bad.status).toBe(400);
    expect(apiError(bad)).toMatchObject({ code: 'invalid_request', message: 'sample must be a number' });
    const unknownParam = await discover(id, 'sandbox', '?rows=5');
    expect(apiError(unknownParam).message).toBe('unknown query parameter "rows" (use table, sample, maxError, maxLhs, seed)');
    const noTable = await discover(id, 'sandbox', '?table=tbl_nope');
    expect(noTable.status).toBe(404);
    expect(apiError(noTable).message).toBe('no table with id "tbl_nope" in the diagram');
    const noTarget = await discover(id, 'production');
    expect(noTarget.status).toBe(404);
  });
});

/** Runs the CLI in-process with one diagram file. */
async function cli(argv: string[], files: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd: '/work', stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readStdin: async () => '',
    readFile: async (path) => {
      if (!(path in files)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return files[path]!;
    },
    writeFile: async () => { throw new Error('discover writes no files'); },
  };
  return { code: await runCli(argv, io), stdout, stderr };
}

describe('tablecraft discover --database-url', () => {
  it('prints the suggestions as text, with how each table was sampled', async () => {
    const { code, stdout, stderr } = await cli(['discover', 'shop.json', '--database-url', await sandboxUrl(), '--table', 'addresses', '--table', 'products'], { 'shop.json': JSON.stringify(doc) });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('addresses: 400 rows sampled (random order');
    expect(stdout).toContain('warning zip → city, state  [confidence 0.94]');
    expect(stdout).toContain('products: 20 rows sampled');
    expect(stdout).toContain('compared by md5: attributes, tags');
    expect(stdout).not.toContain('orders:');
  });

  it('prints JSON with the options used', async () => {
    const { code, stdout } = await cli(['discover', 'shop.json', '--database-url', await sandboxUrl(), '--format', 'json', '--sample', '50', '--max-error', '0'], { 'shop.json': JSON.stringify(doc) });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as DiscoveryReport;
    expect(report.options).toMatchObject({ sampleSize: 50, maxError: 0 });
    expect(report.tables.every((t) => t.sampledRows <= 50)).toBe(true);
    expect(report.suggestions.every((s) => s.sample.kind !== 'approximate')).toBe(true);
  });

  it('refuses bad options and unknown tables, and reports a failed connection without the password', async () => {
    const files = { 'shop.json': JSON.stringify(doc) };
    expect((await cli(['discover', 'shop.json', '--database-url', await sandboxUrl(), '--max-error', '2'], files)).stderr).toContain('--max-error must be a number from 0 to 0.5 (got "2")');
    expect((await cli(['discover', 'shop.json', '--database-url', await sandboxUrl(), '--table', 'nope'], files)).stderr).toContain('--table: no table "nope" in the diagram');
    const failed = await cli(['discover', 'shop.json', '--database-url', 'postgres://someone:s3cret-pw@127.0.0.1:1/x'], files);
    expect(failed.code).toBe(1);
    expect(failed.stderr).not.toContain('s3cret-pw');
  });
});
