import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ecommerceTemplate } from '../../lib/templates/ecommerce';

/** These run the real `bin/tablecraft.mjs` in a child process, as a user or CI would. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/tablecraft.mjs');
const work = mkdtempSync(join(tmpdir(), 'tablecraft-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function tablecraft(args: string[], options: { cwd?: string; input?: string } = {}) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, input: options.input, encoding: 'utf8', timeout: 30_000 });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const writeJson = (name: string, value: unknown) => {
  const path = join(work, name);
  writeFileSync(path, JSON.stringify(value, null, 2));
  return path;
};

describe('bin/tablecraft.mjs', () => {
  it('is an executable node script', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(() => accessSync(bin, constants.X_OK)).not.toThrow();
  });

  it('prints help listing every command of the public contract', () => {
    const { code, stdout, stderr } = tablecraft(['--help']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^Usage: tablecraft <command> \[options\]$/m);
    const contract = ['validate', 'new', 'templates', 'schema', 'import', 'check', 'lint', 'export', 'diff', 'apply', 'rollback', 'introspect', 'pgbouncer', 'convert', 'rehearse'];
    for (const name of contract) expect(stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
  });

  it('runs from any working directory', () => {
    const { code, stdout } = tablecraft(['--help'], { cwd: tmpdir() });
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: tablecraft <command>');
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(tablecraft(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('validates a good document: exit 0 and a one-line summary', () => {
    const file = writeJson('good.json', ecommerceTemplate());
    expect(tablecraft(['validate', file])).toEqual({ code: 0, stdout: 'OK: E-commerce orders — 5 tables, 5 relationships\n', stderr: '' });
  });

  it('reports every problem of a bad document with its path: exit 1', () => {
    const doc = ecommerceTemplate();
    doc.relationships[0]!.toTableId = 'tbl_nope';
    doc.tables[0]!.columns[1]!.identity = 'always';
    const file = writeJson('bad.json', doc);
    const { code, stdout } = tablecraft(['validate', file]);
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      'tables[0].columns[1].identity: identity columns must be smallint, integer or bigint (column "email")',
      'relationships[0].toTableId: refers to table "tbl_nope", which does not exist',
      `${file}: 2 problems`,
      '',
    ]);
  });

  it('reports a shape problem and an unknown field as JSON with --format json', () => {
    const doc = JSON.parse(JSON.stringify(ecommerceTemplate())) as Record<string, unknown>;
    doc.colour = 'red';
    const { code, stdout } = tablecraft(['validate', writeJson('shape.json', doc), '--format', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({
      ok: false,
      problems: [{ path: 'colour', segments: ['colour'], message: expect.stringContaining('unknown field "colour"') }],
    });
  });

  it('reads standard input for "-" and says where JSON is broken', () => {
    const { code, stdout } = tablecraft(['validate', '-'], { input: '{\n  "format": "tablecraft.diagram",\n  oops\n}' });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^\(document\): not valid JSON\b.*\bline 3,? column 3\b/);
    expect(stdout).toContain('(stdin): 1 problem');
  });

  it('exits 2 with a message on stderr when the file cannot be read', () => {
    const { code, stdout, stderr } = tablecraft(['validate', 'no/such/diagram.json']);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe('tablecraft validate: cannot read no/such/diagram.json: no such file or directory\n');
  });

  it('round-trips: what "new" writes, "validate" accepts', () => {
    const file = join(work, 'new.json');
    const created = tablecraft(['new', '--template', 'ecommerce', '--name', 'My shop', '-o', file]);
    expect(created.code).toBe(0);
    expect(created.stderr).toContain(`wrote ${file}`);
    expect(tablecraft(['validate', file]).stdout).toBe('OK: My shop — 5 tables, 5 relationships\n');

    const again = tablecraft(['new', '-o', file]);
    expect(again).toMatchObject({ code: 2, stderr: `tablecraft new: ${file} already exists; pass --force to overwrite it\n` });

    const piped = tablecraft(['new']);
    expect(piped.code).toBe(0);
    expect(tablecraft(['validate', '-'], { input: piped.stdout }).stdout).toBe('OK: Untitled diagram — 0 tables, 0 relationships\n');
  });

  it('prints the JSON Schema, the same as docs/diagram.schema.json', () => {
    const { code, stdout } = tablecraft(['schema']);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout) as { $id: string; title: string };
    expect(schema.title).toBe('Tablecraft diagram document');
    expect(stdout).toBe(readFileSync(join(root, 'docs/diagram.schema.json'), 'utf8'));
  });

  it('suggests the command meant by a typo: exit 2', () => {
    const { code, stderr } = tablecraft(['valdate', 'x.json']);
    expect(code).toBe(2);
    expect(stderr).toBe('tablecraft: unknown command "valdate". Did you mean "validate"?\nRun "tablecraft --help" for the list of commands.\n');
  });

});
