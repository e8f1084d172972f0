import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../cli/io';
import { runCli } from '../../cli/main';
import { COMMANDS, suggestCommand } from '../../cli/registry';
import { TEMPLATES } from '../../lib/templates';

/** Runs the CLI in-process against an in-memory file system. */
async function run(argv: string[], files: Record<string, string> = {}, stdin = '') {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd: '/work',
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    readStdin: async () => stdin,
    readFile: async (path) => {
      if (!(path in files)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return files[path]!;
    },
    writeFile: async (path, text, options = {}) => {
      if (options.exclusive && path in files) throw Object.assign(new Error(`EEXIST: ${path}`), { code: 'EEXIST' });
      files[path] = text;
    },
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr, files };
}

describe('runCli', () => {
  it('prints the overview on stderr and exits 2 when no command is given', async () => {
    const { code, stdout, stderr } = await run([]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain('Usage: tablecraft <command> [options]');
  });

  it.each(COMMANDS.map((c) => [c.name]))('prints help for %s with --help, -h and "help <command>"', async (name) => {
    const outputs = await Promise.all([run([name, '--help']), run([name, '-h']), run(['help', name])]);
    for (const { code, stdout, stderr } of outputs) {
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(stdout.startsWith(`Usage: tablecraft ${name}`)).toBe(true);
    }
  });


  it('says when an unknown command is not close to any command', async () => {
    const { code, stderr } = await run(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toBe('tablecraft: unknown command "frobnicate".\nRun "tablecraft --help" for the list of commands.\n');
  });

  it('treats an unknown global option as a usage error', async () => {
    expect(await run(['--verbose'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown option "--verbose"') });
  });

  it.each([
    [['validate', 'a.json', '--strict'], 'tablecraft validate: unknown option "--strict"\nRun "tablecraft validate --help" for usage.\n'],
    [['validate'], 'tablecraft validate: missing <diagram.json>\nRun "tablecraft validate --help" for usage.\n'],
    [['validate', 'a.json', 'b.json'], 'tablecraft validate: unexpected argument "b.json"\nRun "tablecraft validate --help" for usage.\n'],
    [['validate', 'a.json', '--format', 'xml'], 'tablecraft validate: --format must be "text" or "json" (got "xml")\n'],
    [['new', '--template', 'crm'], `tablecraft new: unknown template "crm"; choose one of: ${TEMPLATES.map((t) => t.id).join(', ')}\n`],
    [['new', '--name', '  '], 'tablecraft new: --name: a diagram needs a name\n'],
    [['templates', 'extra'], 'tablecraft templates: unexpected argument "extra"\nRun "tablecraft templates --help" for usage.\n'],
    [['schema', '-o'], expect.stringMatching(/^tablecraft schema: Option '-o, --output <value>' argument missing\nRun "tablecraft schema --help"/)],
  ])('reports the usage error in %j with exit 2', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv, { 'a.json': '{}' });
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('prints a valid result as JSON with --format json', async () => {
    const files = (await run(['new', '--template', 'ecommerce', '-o', 'shop.json'])).files;
    const { code, stdout } = await run(['validate', 'shop.json', '--format', 'json'], files);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ file: 'shop.json', ok: true, name: 'E-commerce orders', tables: 5, relationships: 5 });
  });

  it('reports a newer format version with the field it is about', async () => {
    const { code, stdout } = await run(['validate', 'future.json'], { 'future.json': JSON.stringify({ format: 'tablecraft.diagram', formatVersion: 9 }) });
    expect(code).toBe(1);
    expect(stdout).toBe('formatVersion: this document has format version 9, newer than this Tablecraft understands (1); upgrade Tablecraft to open it\nfuture.json: 1 problem\n');
  });

  it('overwrites an existing file only with --force', async () => {
    const files = { 'd.json': 'keep me' };
    expect((await run(['new', '-o', 'd.json'], files)).code).toBe(2);
    expect(files['d.json']).toBe('keep me');
    expect((await run(['new', '-o', 'd.json', '--force'], files)).code).toBe(0);
    expect(JSON.parse(files['d.json']!)).toMatchObject({ format: 'tablecraft.diagram', name: 'Untitled diagram' });
  });

  it('writes the schema to a file with -o', async () => {
    const { code, files } = await run(['schema', '-o', 'schema.json']);
    expect(code).toBe(0);
    expect(JSON.parse(files['schema.json']!)).toMatchObject({ title: 'Tablecraft diagram document' });
  });

  it('lists every template, as text and as JSON', async () => {
    const text = await run(['templates']);
    for (const template of TEMPLATES) expect(text.stdout).toMatch(new RegExp(`^${template.id} +${template.name} \\(\\d+ tables?\\)$`, 'm'));
    const json = JSON.parse((await run(['templates', '--format', 'json'])).stdout) as { id: string }[];
    expect(json.map((t) => t.id)).toEqual(TEMPLATES.map((t) => t.id));
  });
});

describe('suggestCommand', () => {
  it.each([
    ['valdate', 'validate'], ['validat', 'validate'], ['templtes', 'templates'], ['shema', 'schema'],
    ['exprot', 'export'], ['introspec', 'introspect'], ['val', 'validate'], ['pgbouncr', 'pgbouncer'],
  ])('suggests %s → %s', (typo, expected) => {
    expect(suggestCommand(typo)).toBe(expected);
  });

  it.each([['frobnicate'], ['x'], ['deploy']])('suggests nothing for %s', (input) => {
    expect(suggestCommand(input)).toBeUndefined();
  });
});
