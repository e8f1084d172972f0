import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DOCUMENT_FORMAT } from '../../lib/model/document';
import { documentProblems, parseDocument } from '../../lib/model/parse';
import { formatProblem } from '../../lib/model/problems';
import { PGBOUNCER_VERSIONS, PgBouncerVersion, Workload } from '../../lib/model/workload';
import { bundle, usersNeedingPasswords } from '../../lib/pooling/bundle';
import { parseCommandLine, requirePositionals, type Command } from '../command';
import { CliError, EXIT, readInput, type CliIo } from '../io';
import { parseJsonText } from '../json-input';

export const pgbouncerCommand: Command = {
  name: 'pgbouncer',
  summary: 'Write a PgBouncer config sized from the workload',
  usage: 'pgbouncer <diagram.json|workload.json> --out DIR [--version 1.18] [--password-env [USER=]VAR …] [--secrets FILE] [--force]',
  details: [
    'Reads a workload (a workload.json, or the "workload" of a diagram document) and writes',
    'DIR/pgbouncer/: pgbouncer.ini, userlist.txt (SCRAM-SHA-256 secrets), README.md (the sizing',
    'arithmetic and the compatibility report), supavisor-tenant.json and supavisor.env.',
    'Prints the sizing arithmetic. Passwords never come from the workload file.',
    '',
    'Options:',
    '  --out DIR                   Where to write the pgbouncer/ folder (required)',
    `  --version V                 PgBouncer version: ${PGBOUNCER_VERSIONS.join(', ')} (default: the workload's)`,
    '  --password-env USER=VAR     Read USER\'s password from environment variable VAR (repeatable);',
    '                              a bare VAR is allowed when only one user needs a password',
    '  --secrets FILE              A JSON object {"user": "password", …}',
    '  --force                     Overwrite existing files',
    '',
    'Exit status: 0 written, 1 the workload has problems (or does not fit the server), 2 usage error.',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandLine('pgbouncer', () => parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: {
        out: { type: 'string' },
        version: { type: 'string' },
        'password-env': { type: 'string', multiple: true, default: [] },
        secrets: { type: 'string' },
        force: { type: 'boolean', default: false },
      },
    }));
    const [file] = requirePositionals('pgbouncer', positionals, ['workload.json']) as [string];
    if (values.out === undefined) throw new CliError('--out DIR is required\nRun "tablecraft pgbouncer --help" for usage.');
    let version: PgBouncerVersion | undefined;
    if (values.version !== undefined) {
      const parsed = PgBouncerVersion.safeParse(values.version);
      if (!parsed.success) throw new CliError(`--version must be one of ${PGBOUNCER_VERSIONS.join(', ')} (got "${values.version}")`);
      version = parsed.data;
    }

    const loaded = await loadWorkload(io, file);
    if (!loaded.ok) {
      for (const line of loaded.problems) io.stdout(`${line}\n`);
      return EXIT.problems;
    }
    const workload = version ? { ...loaded.workload, pgbouncer: { ...loaded.workload.pgbouncer, version } } : loaded.workload;
    const passwords = await collectPasswords(io, usersNeedingPasswords(workload), values['password-env'], values.secrets);

    const result = await bundle(workload, { passwords });
    if (!result.ok) {
      for (const problem of result.error) io.stdout(`${problem.path}: ${problem.message}\n`);
      return EXIT.problems;
    }
    const { files, plan, report } = result.value;
    for (const [path, text] of Object.entries(files)) await writeBundleFile(io, join(values.out, path), text, !values.force);

    io.stdout(`PgBouncer ${workload.pgbouncer.version}, ${workload.pgbouncer.poolMode} mode — sizing:\n`);
    for (const step of plan.steps) io.stdout(`  ${step.name} = ${step.value}    (${step.formula})\n`);
    for (const warning of plan.warnings) io.stdout(`WARNING: ${warning}\n`);
    for (const entry of report.filter((e) => e.severity !== 'info')) io.stdout(`${entry.severity.toUpperCase()} ${entry.code}: ${entry.problem}\n`);
    io.stdout(`wrote ${Object.keys(files).length} files to ${join(values.out, 'pgbouncer')}/\n`);
    return EXIT.ok;
  },
};

type Loaded = { ok: true; workload: Workload } | { ok: false; problems: string[] };

/** A diagram document (by its `format`) contributes its `workload`; anything else must be a workload. */
export async function loadWorkload(io: CliIo, file: string): Promise<Loaded> {
  const json = parseJsonText(await readInput(io, file));
  if (!json.ok) return { ok: false, problems: [`${file}: ${json.error.message}`] };
  const value = json.value as { format?: unknown };
  if (value !== null && typeof value === 'object' && value.format === DOCUMENT_FORMAT) {
    const doc = parseDocument(value);
    if (!doc.ok) return { ok: false, problems: documentProblems(doc.error).map(formatProblem) };
    if (!doc.value.workload) return { ok: false, problems: [`${file}: the diagram has no "workload"; add one (see docs/pooling.md)`] };
    return { ok: true, workload: doc.value.workload };
  }
  const parsed = Workload.safeParse(json.value);
  if (parsed.success) return { ok: true, workload: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(workload)'}: ${i.message}`) };
}

async function collectPasswords(io: CliIo, needed: readonly string[], envSpecs: readonly string[], secretsFile: string | undefined) {
  const passwords = new Map<string, string>();
  if (secretsFile !== undefined) {
    const json = parseJsonText(await readInput(io, secretsFile));
    const value = json.ok ? json.value : null;
    if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.values(value).every((v) => typeof v === 'string')) {
      throw new CliError(`--secrets ${secretsFile}: expected a JSON object of user name → password strings`);
    }
    for (const [user, password] of Object.entries(value as Record<string, string>)) passwords.set(user, password);
  }
  for (const spec of envSpecs) {
    const eq = spec.indexOf('=');
    let user: string;
    let variable: string;
    if (eq === -1) {
      if (needed.length !== 1) throw new CliError(`--password-env ${spec}: say which user it is for (USER=VAR); users needing a password: ${needed.join(', ')}`);
      [user, variable] = [needed[0]!, spec];
    } else {
      [user, variable] = [spec.slice(0, eq), spec.slice(eq + 1)];
    }
    const password = process.env[variable];
    if (password === undefined || password === '') throw new CliError(`--password-env ${spec}: environment variable ${variable} is not set`);
    passwords.set(user, password);
  }
  const missing = needed.filter((user) => !passwords.has(user));
  if (missing.length > 0) {
    throw new CliError(`no password for ${missing.map((u) => `"${u}"`).join(', ')}; pass --password-env USER=VAR or --secrets FILE`);
  }
  return passwords;
}

async function writeBundleFile(io: CliIo, path: string, text: string, exclusive: boolean): Promise<void> {
  const attempt = () => io.writeFile(path, text, { exclusive });
  try {
    await attempt();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new CliError(`${path} already exists; pass --force to overwrite it`);
    if (code !== 'ENOENT') throw new CliError(`cannot write ${path}: ${(error as Error).message}`);
    // The folder does not exist yet: create it and try once more.
    await mkdir(dirname(resolve(io.cwd, path)), { recursive: true });
    await attempt().catch((again: Error) => { throw new CliError(`cannot write ${path}: ${again.message}`); });
  }
}
