import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, exportDocument, type ExportFormat } from '../../lib/interop/formats';
import { documentProblems, parseDocument } from '../../lib/model/parse';
import { formatProblem } from '../../lib/model/problems';
import { parseCommandLine, requirePositionals, type Command } from '../command';
import { CliError, EXIT, readInput, writeOutput } from '../io';
import { parseJsonText } from '../json-input';

export const convertCommand: Command = {
  name: 'convert',
  summary: 'Write a diagram as SQL DDL, DBML, a Prisma schema, JSON or a data dictionary',
  usage: `convert <diagram.json> --to ${EXPORT_FORMATS.join('|')} [-o FILE] [--force]`,
  details: [
    'Reads a diagram document (a file, or - for standard input) and writes it in',
    'another format to FILE, or to standard output. What the format cannot hold',
    '(checks in Prisma, partitioning in DBML, …) is listed on standard error.',
    '',
    'Options:',
    `  --to ${EXPORT_FORMATS.join('|')}`,
    '                     The output format (required)',
    '  -o, --output FILE  Write to FILE instead of standard output',
    '  --force            Overwrite FILE if it exists',
    '',
    'Exit status: 0 when written, 1 when the diagram is invalid or cannot be written, 2 on a usage error.',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandLine('convert', () => parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: { to: { type: 'string' }, output: { type: 'string', short: 'o' }, force: { type: 'boolean', default: false } },
    }));
    const [file] = requirePositionals('convert', positionals, ['diagram.json']) as [string];
    if (values.to === undefined || !(EXPORT_FORMATS as readonly string[]).includes(values.to)) {
      throw new CliError(`--to must be one of ${EXPORT_FORMATS.join(', ')}${values.to === undefined ? '' : ` (got "${values.to}")`}`);
    }
    const label = file === '-' ? '(stdin)' : file;
    const json = parseJsonText(await readInput(io, file));
    const parsed = json.ok ? parseDocument(json.value) : null;
    if (!parsed?.ok) {
      const problems = !json.ok ? [json.error] : parsed && !parsed.ok ? documentProblems(parsed.error) : [];
      io.stderr(`${label}: not a valid diagram:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`);
      return EXIT.problems;
    }
    const exported = exportDocument(parsed.value, values.to as ExportFormat);
    if (!exported.ok) {
      io.stderr(`${label}: cannot write ${values.to}:\n${exported.error.message}\n`);
      return EXIT.problems;
    }
    await writeOutput(io, values.output, exported.value.text, { exclusive: !values.force });
    for (const loss of exported.value.losses) io.stderr(`lost in ${values.to}: ${loss.subject}: ${loss.message}\n`);
    return EXIT.ok;
  },
};
