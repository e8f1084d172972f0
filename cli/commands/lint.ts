import { parseArgs } from 'node:util';
import { formatTextReport, lintMigrations, resolveRuleIds, type LintFile } from '../../lib/lint';
import { CliError, EXIT, readInput } from '../io';
import { outputFormat, parseCommandLine, type Command } from '../command';

const PG_VERSIONS = { min: 10, max: 18 };

export const lintCommand: Command = {
  name: 'lint',
  summary: 'Lint migrations for unsafe or irreversible steps',
  usage: 'lint <file.sql…> [--format text|json] [--pg N] [--disable TC001,…] [--max-warnings N] [--schema schema.sql]',
  details: [
    'Lints migration SQL files (generated or hand-written), given in the order they run:',
    'locks that block traffic, table rewrites, steps that fail on a table with rows, data',
    'loss, and weak type choices. A table created earlier in the files counts as new and',
    'empty; any other table is assumed to exist and hold data. Rules and examples:',
    'docs/lint-rules.md.',
    '',
    'Silence a finding only with a reason, on the line before the statement:',
    '  -- tablecraft-lint-disable-next-statement TC005: table is empty at this point',
    '  -- tablecraft-lint-disable-file TC012: legacy ids stay serial until v3',
    '',
    'Options:',
    '  --format text|json    Output format (default: text; json includes suppressed findings)',
    `  --pg N                Target PostgreSQL major version, ${PG_VERSIONS.min}–${PG_VERSIONS.max} (default: 17)`,
    '  --disable LIST        Rule ids or slugs not to run, comma-separated',
    '  --max-warnings N      Also fail when there are more than N warnings',
    '  --schema FILE         DDL of the database before these migrations (not linted):',
    '                        its tables exist, and its column types tell safe type changes',
    '',
    'Exit status: 0 when there are no errors (and warnings within --max-warnings), 1 otherwise,',
    '2 on a usage error.',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandLine('lint', () => parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: {
        format: { type: 'string' }, pg: { type: 'string' }, disable: { type: 'string', multiple: true },
        'max-warnings': { type: 'string' }, schema: { type: 'string', multiple: true },
      },
    }));
    const format = outputFormat(values.format);
    if (positionals.length === 0) throw new CliError('missing <file.sql>\nRun "tablecraft lint --help" for usage.');
    const pgVersion = integerOption('--pg', values.pg, PG_VERSIONS.min, PG_VERSIONS.max) ?? 17;
    const maxWarnings = integerOption('--max-warnings', values['max-warnings'], 0, Number.MAX_SAFE_INTEGER);
    const disable = resolveRuleIds((values.disable ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean));
    if (!disable.ok) throw new CliError(`--disable: ${disable.error}`);

    const read = async (path: string): Promise<LintFile> => ({ name: path === '-' ? '(stdin)' : path, text: await readInput(io, path) });
    const files = await Promise.all(positionals.map(read));
    const baseline = await Promise.all((values.schema ?? []).map(read));
    const report = await lintMigrations(files, { pgVersion, disable: disable.value, baseline });

    io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatTextReport(report));
    const tooManyWarnings = maxWarnings !== undefined && report.summary.warnings > maxWarnings;
    if (tooManyWarnings && format === 'text') io.stdout(`Too many warnings: ${report.summary.warnings} (--max-warnings ${maxWarnings}).\n`);
    return report.summary.errors > 0 || tooManyWarnings ? EXIT.problems : EXIT.ok;
  },
};

function integerOption(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || number < min || number > max) {
    throw new CliError(`${name} must be a whole number${max === Number.MAX_SAFE_INTEGER ? ` ≥ ${min}` : ` from ${min} to ${max}`} (got "${value}")`);
  }
  return number;
}
