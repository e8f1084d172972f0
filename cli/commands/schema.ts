import { parseArgs } from 'node:util';
import { diagramJsonSchemaText, DIAGRAM_JSON_SCHEMA_ID } from '../../lib/model/json-schema';
import { parseCommandLine, requirePositionals, type Command } from '../command';
import { EXIT, writeOutput } from '../io';

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'Print the JSON Schema of the diagram document',
  usage: 'schema [-o FILE]',
  details: [
    `Prints the JSON Schema (draft 2020-12, ${DIAGRAM_JSON_SCHEMA_ID})`,
    'of the diagram document, for editors and other tools. It checks the shape of a',
    'document; "tablecraft validate" also checks ids and references.',
    '',
    'Options:',
    '  -o, --output FILE   Write to FILE instead of standard output (overwrites it)',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandLine('schema', () => parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: { output: { type: 'string', short: 'o' } },
    }));
    requirePositionals('schema', positionals, []);
    await writeOutput(io, values.output, diagramJsonSchemaText());
    return EXIT.ok;
  },
};
