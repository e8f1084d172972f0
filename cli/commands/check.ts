import { parseArgs } from 'node:util';
import { analyzeDiagram, AnalysisOptions, CATEGORIES, failsAt, formatTextReport, type Category } from '../../lib/analysis';
import { IMPORT_FORMATS, importFormatOfFile, importSource, type ImportFormat } from '../../lib/interop/formats';
import { formatProblem } from '../../lib/model/problems';
import { outputFormat, parseCommandLine, requirePositionals, type Command } from '../command';
import { CliError, EXIT, readInput } from '../io';

const FAIL_ON = ['error', 'warning'] as const;

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check a diagram for 1NF–BCNF violations and design problems (indexes, partitioning, types)',
  usage: 'check <diagram.json|schema.sql|schema.dbml|schema.prisma> [--format text|json] [--only normalization,index,…] [--fail-on error|warning]',
  details: [
    'Runs the normalization check (1NF–BCNF from declared and key-implied dependencies,',
    'plus suggestions guessed from names and relationships) and the design advisor',
    '(indexes from access patterns, partitioning from volumes, column types) on a',
    'diagram, and prints the findings grouped by table. A schema in SQL, DBML or',
    'Prisma is imported first; import warnings go to standard error.',
    '',
    'Violations of declared dependencies are errors; suggestions are warnings and do',
    'not fail the check unless --fail-on warning. Findings accepted in the diagram',
    '(doc.exceptions, with a justification) are shown as justified and not counted.',
    'Codes and the JSON shape: docs/check.md.',
    '',
    'Options:',
    '  --format text|json      Output format (default: text)',
    `  --only LIST             Categories to report, comma-separated: ${CATEGORIES.join(', ')}`,
    '  --fail-on error|warning Exit 1 on errors (default), or on errors and warnings',
    `  --input-format FORMAT   ${IMPORT_FORMATS.join('|')} (default: from the extension; json for -)`,
    '',
    'Exit status: 0 when nothing reaches --fail-on, 1 when something does or the input',
    'is not a valid diagram or schema, 2 on a usage error.',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandLine('check', () => parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: { format: { type: 'string' }, only: { type: 'string', multiple: true }, 'fail-on': { type: 'string' }, 'input-format': { type: 'string' } },
    }));
    const format = outputFormat(values.format);
    const failOn = failOnOption(values['fail-on']);
    const only = onlyOption(values.only);
    const [file] = requirePositionals('check', positionals, ['diagram']) as [string];
    const inputFormat = chooseInputFormat(file, values['input-format']);
    const label = file === '-' ? '(stdin)' : file;

    const imported = await importSource(inputFormat, await readInput(io, file));
    if (!imported.ok) {
      const error = imported.error;
      if (error.kind === 'parse_error') io.stderr(`${label}:${error.line}:${error.column}: ${error.message}\n`);
      else io.stderr(`${label}: not a valid diagram: ${error.message}\n${error.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`);
      return EXIT.problems;
    }
    const { document, report: importReport } = imported.value;
    for (const w of importReport.warnings) io.stderr(`${label}${w.line === null ? '' : `:${w.line}`}: warning: ${w.message}\n`);

    const report = analyzeDiagram(document, { only });
    io.stdout(format === 'json'
      ? `${JSON.stringify({ file: label, findings: report.findings, summary: report.summary }, null, 2)}\n`
      : formatTextReport(report, { tableCount: document.tables.length }));
    return failsAt(report.summary, failOn) ? EXIT.problems : EXIT.ok;
  },
};

function failOnOption(value: string | undefined): (typeof FAIL_ON)[number] {
  if (value === undefined) return 'error';
  if ((FAIL_ON as readonly string[]).includes(value)) return value as (typeof FAIL_ON)[number];
  throw new CliError(`--fail-on must be "error" or "warning" (got "${value}")`);
}

function onlyOption(values: readonly string[] | undefined): Category[] | undefined {
  if (values === undefined) return undefined;
  const names = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const parsed = AnalysisOptions.shape.only.safeParse(names);
  if (parsed.success) return parsed.data;
  const unknown = names.filter((n) => !(CATEGORIES as readonly string[]).includes(n));
  throw new CliError(unknown.length > 0
    ? `--only: unknown categor${unknown.length === 1 ? 'y' : 'ies'} ${unknown.map((n) => `"${n}"`).join(', ')} (choose from ${CATEGORIES.join(', ')})`
    : `--only needs at least one of ${CATEGORIES.join(', ')}`);
}

function chooseInputFormat(file: string, given: string | undefined): ImportFormat {
  if (given !== undefined) {
    if ((IMPORT_FORMATS as readonly string[]).includes(given)) return given as ImportFormat;
    throw new CliError(`--input-format must be one of ${IMPORT_FORMATS.join(', ')} (got "${given}")`);
  }
  if (file === '-') return 'json';
  const format = importFormatOfFile(file);
  if (!format) throw new CliError(`cannot tell the format of "${file}" from its extension; pass --input-format ${IMPORT_FORMATS.join('|')}`);
  return format;
}
