import { copyFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PGBOUNCER_VERSIONS, PgBouncerVersion, type Workload } from '../../lib/model/workload';
import { buildConfig, pgbouncerSettings } from '../../lib/pooling/config';
import { renderIni } from '../../lib/pooling/ini';
import { diffSettings, parseVersion, type SettingChange } from '../../lib/pooling/live-diff';
import { planPools } from '../../lib/pooling/sizing';
import { parseConnectionUrl } from '../../lib/server/connections/url';
import { redact, secretsOf } from '../../lib/server/live/redact';
import { applyLive, readLive, writeAndReload, type AdminTarget, type LiveState } from '../../lib/server/pgbouncer/admin';
import { outputFormat, parseCommandLine, requirePositionals, type Command } from '../command';
import { CliError, EXIT, type CliIo, type ExitCode } from '../io';
import { loadWorkload, pgbouncerCommand as generateCommand } from './pgbouncer';

/**
 * `tablecraft pgbouncer status|diff|apply`: the admin console of a running
 * PgBouncer. `pgbouncer <file> --out DIR` (generation) is unchanged: a first
 * argument that is not one of these three words goes to it.
 */
const SUBCOMMANDS = ['status', 'diff', 'apply'] as const;
type Sub = (typeof SUBCOMMANDS)[number];

export const pgbouncerCommand: Command = {
  name: 'pgbouncer',
  summary: generateCommand.summary,
  usage: `${generateCommand.usage}\n       tablecraft pgbouncer status|diff|apply --admin-url URL [<diagram.json|workload.json>] [--version V] [--format text|json] [--config-file PATH --reload]`,
  details: [
    generateCommand.details,
    '',
    'Live PgBouncer (its admin console, the virtual database "pgbouncer", as an admin_users user):',
    '  status                     SHOW VERSION, CONFIG, DATABASES and POOLS',
    '  diff <file>                Each [pgbouncer] setting whose live value differs from the generated one,',
    '                             and whether it applies live or needs a restart',
    '  apply <file>               SET what applies live; list what needs a restart (never applied)',
    '  --admin-url URL            postgres://admin:password@host:6432/pgbouncer (default: $PGBOUNCER_ADMIN_URL);',
    '                             the password is never printed',
    '  --version V                Generate for this version (default: the running PgBouncer\'s, else the workload\'s)',
    '  --only KEY,…               apply: only these settings',
    '  --config-file PATH --reload  apply: on the PgBouncer host, write the generated pgbouncer.ini over PATH',
    '                             (the old one is kept as PATH.bak) and RELOAD, so the change survives a restart',
    '  --format text|json',
    '',
    'Exit status (status|diff|apply): 0 done, 1 cannot connect or a setting failed, 2 usage error.',
  ].join('\n'),

  run(argv, io) {
    const [first] = argv;
    if (first !== undefined && (SUBCOMMANDS as readonly string[]).includes(first)) return runLive(first as Sub, argv.slice(1), io);
    return generateCommand.run(argv, io);
  },
};

async function runLive(sub: Sub, argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const name = `pgbouncer ${sub}`;
  const { values, positionals } = parseCommandLine('pgbouncer', () => parseArgs({
    args: [...argv], allowPositionals: true, strict: true,
    options: {
      'admin-url': { type: 'string' },
      version: { type: 'string' },
      format: { type: 'string' },
      only: { type: 'string' },
      'config-file': { type: 'string' },
      reload: { type: 'boolean', default: false },
    },
  }));
  const format = outputFormat(values.format);
  const url = values['admin-url'] ?? process.env.PGBOUNCER_ADMIN_URL;
  if (!url) throw new CliError(`missing --admin-url (or the PGBOUNCER_ADMIN_URL environment variable)\nRun "tablecraft pgbouncer --help" for usage.`);
  const secrets = secretsOf(url);
  const target = adminTarget(url);
  if (sub !== 'apply' && (values.only !== undefined || values['config-file'] !== undefined || values.reload)) throw new CliError(`--only, --config-file and --reload are for "pgbouncer apply"`);
  if ((values['config-file'] === undefined) !== !values.reload) throw new CliError('--config-file PATH and --reload go together: write the file, then RELOAD');
  const version = values.version === undefined ? undefined : PgBouncerVersion.safeParse(values.version);
  if (version && !version.success) throw new CliError(`--version must be one of ${PGBOUNCER_VERSIONS.join(', ')} (got "${values.version}")`);

  const fail = (message: string): ExitCode => {
    io.stderr(`tablecraft ${name}: ${redact(message, secrets)}\n`);
    return EXIT.problems;
  };
  const print = (text: string) => io.stdout(redact(text, secrets));

  if (sub === 'status') {
    requirePositionals(name, positionals, []);
    const live = await readLive(target);
    if (!live.ok) return fail(live.error.message);
    print(format === 'json' ? `${JSON.stringify(live.value, null, 2)}\n` : statusText(live.value));
    return EXIT.ok;
  }

  const [file] = requirePositionals(name, positionals, ['diagram.json|workload.json']) as [string];
  const loaded = await loadWorkload(io, file);
  if (!loaded.ok) return fail(loaded.problems.join('\n'));
  const live = await readLive(target);
  if (!live.ok) return fail(live.error.message);
  const generated = generate(loaded.workload, live.value, version?.data);
  if (!generated.ok) return fail(generated.message);
  const changes = diffSettings(generated.settings, live.value.config);

  if (sub === 'diff') {
    print(format === 'json' ? `${JSON.stringify({ version: live.value.version, generatedVersion: generated.version, changes }, null, 2)}\n` : diffText(live.value.version, generated.version, changes));
    return EXIT.ok;
  }

  const only = values.only?.split(',').map((k) => k.trim()).filter(Boolean);
  const chosen = only ? changes.filter((c) => only.includes(c.key)) : changes;
  let applied: { key: string; value: string }[];
  let failed: { key: string; message: string }[] = [];
  if (values['config-file'] !== undefined) {
    const path = resolve(io.cwd, values['config-file']);
    // Only over the file PgBouncer runs from: a typo must not create a config somewhere else.
    if (!(await stat(path).catch(() => null))?.isFile()) throw new CliError(`--config-file ${values['config-file']}: no such file; give the pgbouncer.ini the running PgBouncer was started with`);
    await copyFile(path, `${path}.bak`);
    const reloaded = await writeAndReload(target, path, generated.ini);
    if (!reloaded.ok) return fail(`wrote ${path} (the previous file is ${path}.bak) but RELOAD failed: ${reloaded.error.message}`);
    applied = chosen.filter((c) => c.action === 'set').map((c) => ({ key: c.key, value: c.wanted }));
    print(`Wrote ${path} (previous: ${path}.bak) and RELOADed.\n`);
  } else {
    const report = await applyLive(target, chosen);
    if (!report.ok) return fail(report.error.message);
    applied = [...report.value.applied];
    failed = [...report.value.failed];
  }
  const after = await readLive(target);
  if (!after.ok) return fail(after.error.message);
  const remaining = diffSettings(generated.settings, after.value.config);
  if (format === 'json') {
    print(`${JSON.stringify({ applied, failed, needsRestart: keysOf(changes, 'restart'), unsupported: keysOf(changes, 'unsupported'), remaining }, null, 2)}\n`);
  } else {
    for (const a of applied) print(`applied  ${a.key} = ${a.value}\n`);
    for (const f of failed) print(`FAILED   ${f.key}: ${f.message}\n`);
    for (const c of remaining) print(`${c.action === 'restart' ? 'restart' : c.action === 'unsupported' ? 'unknown' : 'differs'}  ${c.key}: live ${c.live ?? '(none)'}, generated ${c.wanted}${note(c)}\n`);
    if (applied.length === 0 && failed.length === 0 && remaining.length === 0) print('Nothing to apply: the running PgBouncer matches the generated settings.\n');
  }
  return failed.length > 0 ? EXIT.problems : EXIT.ok;
}

/** The console address from the URL; messages never repeat the URL (it holds the password). */
function adminTarget(url: string): AdminTarget {
  const parsed = parseConnectionUrl(url);
  if (!parsed.ok) throw new CliError(`--admin-url: ${parsed.error.replace(/^url:? ?/, '')}`);
  const f = parsed.value;
  if (f.database !== 'pgbouncer') throw new CliError(`--admin-url: the admin console is the virtual database "pgbouncer", not "${f.database}"`);
  return { host: f.host, port: f.port, user: f.username, password: f.password ?? undefined };
}

type Generated = { ok: true; version: PgBouncerVersion; settings: Record<string, string>; ini: string } | { ok: false; message: string };

/** The generated side, for the requested version, else the running one's when the generator knows it, else the workload's. */
function generate(workload: Workload, live: LiveState, requested: PgBouncerVersion | undefined): Generated {
  const version = requested ?? parseVersion(live.version, PGBOUNCER_VERSIONS) ?? workload.pgbouncer.version;
  const w = { ...workload, pgbouncer: { ...workload.pgbouncer, version } };
  const plan = planPools(w);
  if (!plan.ok) return { ok: false, message: plan.error.map((p) => `${p.path}: ${p.message}`).join('\n') };
  const config = buildConfig(w, plan.value);
  return { ok: true, version, settings: pgbouncerSettings(config), ini: renderIni(config, plan.value) };
}

const keysOf = (changes: readonly SettingChange[], action: SettingChange['action']) => changes.filter((c) => c.action === action).map((c) => c.key);
const note = (c: SettingChange) => (c.action === 'restart' ? ' (needs a restart of PgBouncer)' : c.action === 'unsupported' ? ' (this PgBouncer version does not have it)' : '');

function statusText(live: LiveState): string {
  const lines = [`${live.version}`, '', 'Settings (* = changes live with SET):'];
  const width = Math.max(...live.config.map((s) => s.key.length));
  for (const s of live.config) lines.push(`  ${s.changeable ? '*' : ' '} ${s.key.padEnd(width)}  ${s.value}`);
  lines.push('', 'Databases:');
  for (const d of live.databases) lines.push(`  ${String(d.name)}  → ${String(d.host ?? '')}:${String(d.port ?? '')}/${String(d.database ?? '')}  pool_size ${String(d.pool_size ?? '')}`);
  lines.push('', 'Pools:');
  for (const p of live.pools) lines.push(`  ${String(p.database)}/${String(p.user)}  cl_active ${String(p.cl_active)}  cl_waiting ${String(p.cl_waiting)}  sv_active ${String(p.sv_active)}  sv_idle ${String(p.sv_idle)}  pool_mode ${String(p.pool_mode ?? '')}`);
  return `${lines.join('\n')}\n`;
}

function diffText(running: string, version: PgBouncerVersion, changes: readonly SettingChange[]): string {
  const head = `${running} — compared with the settings generated for PgBouncer ${version}:\n`;
  if (changes.length === 0) return `${head}No differences.\n`;
  const rows = changes.map((c) => [c.key, c.live ?? '(none)', c.wanted, c.action === 'set' ? 'applies live' : c.action === 'restart' ? 'needs restart' : 'unknown to this version']);
  const widths = [0, 1, 2].map((i) => Math.max(...[['setting', 'live', 'generated'][i]!, ...rows.map((r) => r[i]!)].map((s) => s.length)));
  const line = (r: readonly string[]) => `  ${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padEnd(widths[1]!)}  ${r[2]!.padEnd(widths[2]!)}  ${r[3]}`;
  return `${head}${[line(['setting', 'live', 'generated', '']), ...rows.map(line)].join('\n')}\n`;
}
