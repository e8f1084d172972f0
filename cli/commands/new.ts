import { parseArgs } from 'node:util';
import { documentProblems, parseDocument } from '../../lib/model/parse';
import { formatProblem } from '../../lib/model/problems';
import { findTemplate, TEMPLATES } from '../../lib/templates';
import { parseCommandLine, requirePositionals, type Command } from '../command';
import { CliError, EXIT, writeOutput } from '../io';

export const newCommand: Command = {
  name: 'new',
  summary: 'Write a new diagram document, empty or from a template',
  usage: 'new [--template <id>] [--name NAME] [-o FILE] [--force]',
  details: [
    'Writes a new diagram document to FILE, or to standard output without -o.',
    '',
    'Options:',
    `  --template <id>   Start from a template: ${TEMPLATES.map((t) => t.id).join(', ')} (default: blank)`,
    '  --name NAME       The diagram\'s name (default: the template\'s)',
    '  -o, --output FILE Write to FILE instead of standard output',
    '  --force           Overwrite FILE if it exists',
    '',
    'Run "tablecraft templates" to see what each template contains.',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandLine('new', () => parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: {
        template: { type: 'string', default: 'blank' },
        name: { type: 'string' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean', default: false },
      },
    }));
    requirePositionals('new', positionals, []);
    const template = findTemplate(values.template);
    if (!template) {
      throw new CliError(`unknown template "${values.template}"; choose one of: ${TEMPLATES.map((t) => t.id).join(', ')}`);
    }
    const doc = template.build();
    if (values.name !== undefined) doc.name = values.name;

    // The same gate every other way in uses: what `new` writes, `validate` accepts.
    const checked = parseDocument(doc);
    if (!checked.ok) {
      const problems = documentProblems(checked.error);
      if (values.name !== undefined && problems.some((p) => p.path[0] === 'name')) {
        throw new CliError(`--name: ${problems.find((p) => p.path[0] === 'name')!.message}`);
      }
      throw new Error(`template "${template.id}" builds an invalid document:\n${problems.map(formatProblem).join('\n')}`);
    }
    await writeOutput(io, values.output, `${JSON.stringify(checked.value, null, 2)}\n`, { exclusive: !values.force });
    if (values.output !== undefined && values.output !== '-') {
      const tables = `${doc.tables.length} ${doc.tables.length === 1 ? 'table' : 'tables'}`;
      io.stderr(`wrote ${values.output}: "${checked.value.name}" from the ${template.id} template, ${tables}\n`);
    }
    return EXIT.ok;
  },
};
