import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../cli/io';
import { runCli } from '../../cli/main';
import { dataDictionaryHtml, dataDictionaryMarkdown } from '../../lib/interop/dictionary';
import { importSource } from '../../lib/interop/formats';
import { ecommerceTemplate } from '../../lib/templates/ecommerce';

async function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd: '/work', stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readStdin: async () => '',
    readFile: async (p) => { if (!(p in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' }); return files[p]!; },
    writeFile: async (p, t) => { files[p] = t; },
  };
  return { code: await runCli(argv, io), stdout, stderr, files };
}

describe('tablecraft import', () => {
  it('imports SQL, picks the version the features need, and prints the report with lines', async () => {
    const sql = 'CREATE TABLE t (id uuid DEFAULT uuidv7() PRIMARY KEY);\nCREATE VIEW v AS SELECT 1;\n';
    const { code, stderr, files } = await run(['import', 'schema.sql', '-o', 'd.json'], { 'schema.sql': sql });
    expect(code).toBe(0);
    expect(JSON.parse(files['d.json']!).target.postgresVersion).toBe(18);
    expect(stderr).toContain('target PostgreSQL 18');
    expect(stderr).toContain('imported: table 1');
    expect(stderr).toContain('skipped:  view 1');
    expect(stderr).toMatch(/warning: the schema uses uuidv7/);
  });

  it('keeps an asked-for version when it has every feature, and NULLS NOT DISTINCT raises 14 to 15', async () => {
    const sql = 'CREATE TABLE t (a int, UNIQUE NULLS NOT DISTINCT (a));';
    const asked16 = await run(['import', 's.sql', '--pg', '16', '-o', 'a.json'], { 's.sql': sql });
    expect(JSON.parse(asked16.files['a.json']!).target.postgresVersion).toBe(16);
    const asked14 = await run(['import', 's.sql', '--pg', '14', '-o', 'b.json'], { 's.sql': sql });
    expect(JSON.parse(asked14.files['b.json']!).target.postgresVersion).toBe(15);
    expect(asked14.stderr).toContain('the requested PostgreSQL 14 lacks');
  });

  it('exits 1 on a parse error with the parser message, line and column', async () => {
    const sql = 'CREATE TABLE a (id int);\nCREATE TABLE b (id int,, x int);\n';
    const { code, stderr } = await run(['import', 'bad.sql'], { 'bad.sql': sql });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^bad\.sql:2:\d+: syntax error at or near ","/);
    const dbml = await run(['import', 'bad.dbml'], { 'bad.dbml': 'Table x {\n  id int [pk\n}\n' });
    expect(dbml.code).toBe(1);
    expect(dbml.stderr).toMatch(/^bad\.dbml:\d+:\d+: /);
    const prisma = await run(['import', 'bad.prisma'], { 'bad.prisma': 'model A {\n  id Int @id\n  x Strin g @@\n}\n' });
    expect(prisma.stderr).toMatch(/^bad\.prisma:3:\d+: expected the end of the line/);
  });

  it('takes the format from --format, and refuses an unknown extension', async () => {
    const dbml = 'Table users {\n  id bigint [pk, increment]\n}\n';
    const ok = await run(['import', 'schema.txt', '--format', 'dbml', '-o', 'd.json'], { 'schema.txt': dbml });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.files['d.json']!).tables[0].columns[0].identity).toBe('by_default');
    expect((await run(['import', 'schema.txt'], { 'schema.txt': dbml })).code).toBe(2);
  });
});

describe('tablecraft convert', () => {
  it('writes each format and lists what the format loses', async () => {
    const files = { 'd.json': JSON.stringify(ecommerceTemplate()) };
    const prisma = await run(['convert', 'd.json', '--to', 'prisma'], files);
    expect(prisma.code).toBe(0);
    expect(prisma.stdout).toContain('model Orders {');
    expect(prisma.stderr).toContain('lost in prisma: public.orders.orders_total_check: Prisma has no check constraints');
    const sql = await run(['convert', 'd.json', '--to', 'sql'], files);
    expect(sql.stdout).toContain('CREATE TABLE "public"."orders"');
    const html = await run(['convert', 'd.json', '--to', 'dictionary-html', '-o', 'd.html'], files);
    expect(html.files['d.html']).toContain('<h2>public.orders</h2>');
    expect((await run(['convert', 'd.json', '--to', 'yaml'], files)).code).toBe(2);
  });
});

describe('the data dictionary', () => {
  it('covers columns, keys, indexes, dependencies, exceptions and access patterns, and escapes HTML', () => {
    const doc = ecommerceTemplate();
    doc.tables[0]!.comment = '<script>alert("x")</script> & more';
    doc.exceptions.push({ id: 'exc_1', code: 'NF3_TRANSITIVE_DEPENDENCY', subject: { tableId: doc.tables[0]!.id, columnIds: [], objectId: null }, justification: 'Read 50 times per second; the join costs 4 ms.', evidence: '', createdAt: null, author: null });
    const markdown = dataDictionaryMarkdown(doc);
    expect(markdown).toContain('## public.orders');
    expect(markdown).toContain('Index `orders_user_id_created_at_idx`: btree (user_id, created_at DESC)');
    expect(markdown).toContain('Justified exception `NF3_TRANSITIVE_DEPENDENCY`');
    expect(markdown).toContain('orders of a user, newest first');
    const html = dataDictionaryHtml(doc);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    expect(html).toMatch(/^<!DOCTYPE html>/);
  });
});

describe('JSON import', () => {
  it('reports a syntax error and an invalid document with its paths', async () => {
    const broken = await importSource('json', '{\n  "format": \n}');
    expect(broken).toMatchObject({ ok: false, error: { kind: 'parse_error', message: expect.stringContaining('not valid JSON') } });
    const invalid = await importSource('json', JSON.stringify({ ...ecommerceTemplate(), tables: [{ id: 'x' }] }));
    expect(invalid.ok).toBe(false);
    if (!invalid.ok && invalid.error.kind === 'invalid_document') expect(invalid.error.problems[0]!.path).toEqual(['tables', 0, 'schemaId']);
  });
});
