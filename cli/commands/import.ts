import { parseArgs } from 'node:util';
import { IMPORT_FORMATS, importFormatOfFile, importSource, type ConversionReport, type ImportFormat } from '../../lib/interop/formats';
import { SUPPORTED_POSTGRES_VERSIONS } from '../../lib/model/document';
import { formatProblem } from '../../lib/model/problems';
import { parseCommandLine, requirePositionals, type Command } from '../command';
import { CliError, EXIT, readInput, writeOutput } from '../io';

export const importCommand: Command = {
  name: 'import',
  summary: 'Read SQL DDL, DBML, a Prisma schema or a diagram JSON into a diagram',
  usage: 'import <schema.sql|schema.dbml|schema.prisma|diagram.json> [-o diagram.json] [--format sql|dbml|prisma|json] [--pg N] [--name NAME] [--force]',
  details: [
    'Reads a schema (a file, or - for standard input) and writes the diagram document',
    'to -o, or to standard output. The report goes to standard error: what was',
    'imported and skipped, per kind, and every warning with its line.',
    '',
    'Options:',
    `  --format ${IMPORT_FORMATS.join('|')}   The input format (default: from the file extension)`,
    `  --pg N               Target PostgreSQL version (${SUPPORTED_POSTGRES_VERSIONS.join(', ')}); raised when the`,
    '                       schema uses a feature N lacks (uuidv7() needs 18). Default 17.',
    '  --name NAME          The diagram\'s name',
    '  -o, --output FILE    Write the diagram to FILE',
    '  --force              Overwrite FILE if it exists',
    '',
    'Exit status: 0 when imported, 1 on a parse error or an invalid result, 2 on a usage error.',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandLine('import', () => parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: {
        format: { type: 'string' }, pg: { type: 'string' }, name: { type: 'string' },
        output: { type: 'string', short: 'o' }, force: { type: 'boolean', default: false },
      },
    }));
    const [file] = requirePositionals('import', positionals, ['schema']) as [string];
    const format = chooseFormat(file, values.format);
    const postgresVersion = values.pg === undefined ? undefined : pgVersion(values.pg);
    const source = await readInput(io, file);
    const label = file === '-' ? '(stdin)' : file;

    const result = await importSource(format, source, { name: values.name, postgresVersion });
    if (!result.ok) {
      const error = result.error;
      if (error.kind === 'parse_error') io.stderr(`${label}:${error.line}:${error.column}: ${error.message}\n`);
      else io.stderr(`${label}: ${error.message}\n${error.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`);
      return EXIT.problems;
    }
    await writeOutput(io, values.output, `${JSON.stringify(result.value.document, null, 2)}\n`, { exclusive: !values.force });
    io.stderr(describeReport(label, result.value.report, result.value.document.tables.length));
    return EXIT.ok;
  },
};

function chooseFormat(file: string, given: string | undefined): ImportFormat {
  if (given !== undefined) {
    if ((IMPORT_FORMATS as readonly string[]).includes(given)) return given as ImportFormat;
    throw new CliError(`--format must be one of ${IMPORT_FORMATS.join(', ')} (got "${given}")`);
  }
  const format = importFormatOfFile(file);
  if (!format) throw new CliError(`cannot tell the format of "${file}" from its extension; pass --format ${IMPORT_FORMATS.join('|')}`);
  return format;
}

export function pgVersion(value: string): number {
  const version = Number(value);
  if (!(SUPPORTED_POSTGRES_VERSIONS as readonly number[]).includes(version)) {
    throw new CliError(`--pg must be one of ${SUPPORTED_POSTGRES_VERSIONS.join(', ')} (got "${value}")`);
  }
  return version;
}

/** The import report as people read it: totals per kind, then each warning with its line. */
export function describeReport(label: string, report: ConversionReport, tables: number): string {
  const list = (counts: Record<string, number>) => Object.entries(counts).map(([kind, n]) => `${kind} ${n}`).join(', ') || 'none';
  const lines = [
    `${label}: imported ${tables} table(s) as ${report.format.toUpperCase()}, target PostgreSQL ${report.target.postgresVersion}`,
    `  imported: ${list(report.counts.imported)}`,
    `  skipped:  ${list(report.counts.skipped)}`,
  ];
  if (report.counts.failed > 0) lines.push(`  failed:   ${report.counts.failed}`);
  for (const w of report.warnings) lines.push(`  warning${w.line === null ? '' : ` (line ${w.line})`}: ${w.message}`);
  return `${lines.join('\n')}\n`;
}
