import { parseArgs } from 'node:util';
import { documentProblems, parseDocument } from '../../lib/model/parse';
import { formatPath, type DocumentProblem } from '../../lib/model/problems';
import { outputFormat, parseCommandLine, requirePositionals, type Command } from '../command';
import { EXIT, readInput } from '../io';
import { parseJsonText } from '../json-input';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check a diagram document: shape, references and names',
  usage: 'validate <diagram.json> [--format text|json]',
  details: [
    'Reads a diagram document (a file, or - for standard input), upgrades an older',
    'format version, and checks its shape and every cross-reference. Prints',
    '"OK: <name> — N tables, M relationships", or every problem as "path: message".',
    '',
    'Options:',
    '  --format text|json   Output format (default: text)',
    '',
    'Exit status: 0 when the document is valid, 1 when it has problems, 2 on a usage error.',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandLine('validate', () => parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: { format: { type: 'string' } },
    }));
    const format = outputFormat(values.format);
    const [file] = requirePositionals('validate', positionals, ['diagram.json']) as [string];
    const label = file === '-' ? '(stdin)' : file;

    const json = parseJsonText(await readInput(io, file));
    const parsed = json.ok ? parseDocument(json.value) : null;
    const problems: DocumentProblem[] = !json.ok ? [json.error] : parsed && !parsed.ok ? documentProblems(parsed.error) : [];

    if (parsed?.ok) {
      const doc = parsed.value;
      const counts = { tables: doc.tables.length, relationships: doc.relationships.length };
      if (format === 'json') io.stdout(`${JSON.stringify({ file: label, ok: true, name: doc.name, ...counts }, null, 2)}\n`);
      else io.stdout(`OK: ${doc.name} — ${plural(counts.tables, 'table')}, ${plural(counts.relationships, 'relationship')}\n`);
      return EXIT.ok;
    }
    if (format === 'json') {
      const listed = problems.map((p) => ({ path: formatPath(p.path), segments: p.path, message: p.message }));
      io.stdout(`${JSON.stringify({ file: label, ok: false, problems: listed }, null, 2)}\n`);
    } else {
      for (const problem of problems) io.stdout(`${formatPath(problem.path)}: ${problem.message}\n`);
      io.stdout(`${label}: ${plural(problems.length, 'problem')}\n`);
    }
    return EXIT.problems;
  },
};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
