import { parseArgs } from 'node:util';
import { TEMPLATES } from '../../lib/templates';
import { outputFormat, parseCommandLine, requirePositionals, type Command } from '../command';
import { EXIT } from '../io';

export const templatesCommand: Command = {
  name: 'templates',
  summary: 'List the template gallery',
  usage: 'templates [--format text|json]',
  details: [
    'Lists the templates "tablecraft new --template <id>" can start from.',
    '',
    'Options:',
    '  --format text|json   Output format (default: text)',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandLine('templates', () => parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: { format: { type: 'string' } },
    }));
    const format = outputFormat(values.format);
    requirePositionals('templates', positionals, []);
    const rows = TEMPLATES.map((template) => {
      const doc = template.build();
      return { id: template.id, name: template.name, description: template.description, tables: doc.tables.length };
    });
    if (format === 'json') {
      io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
      return EXIT.ok;
    }
    const width = Math.max(...rows.map((row) => row.id.length));
    for (const row of rows) {
      io.stdout(`${row.id.padEnd(width)}  ${row.name} (${row.tables} ${row.tables === 1 ? 'table' : 'tables'})\n${' '.repeat(width)}  ${row.description}\n`);
    }
    return EXIT.ok;
  },
};
