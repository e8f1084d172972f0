import { parseArgs } from 'node:util';
import { exportBundle } from '../../lib/bundle';
import { parseCommandLine, requirePositionals, type Command } from '../command';
import { generationFailed, readDiagram, summary, targetOption, writeBundle } from '../bundle-output';
import { CliError, EXIT } from '../io';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write a migration bundle (UP/DOWN SQL, manifest, schema, docs) for a diagram',
  usage: 'export <diagram.json> --out <dir> [--pg N] [--unsafe] [--force]',
  details: [
    'Writes the folder a team commits: migrations/001_create_<name>.up.sql and',
    '.down.sql, migrations/manifest.json (checksums, locks, hazards), schema.sql,',
    'docs/data-dictionary.md, docs/queries.sql (pgvector, JSONB) and README.md.',
    '',
    'Options:',
    '  --out DIR    Folder to write (created if missing; must be empty)',
    '  --pg N       Target PostgreSQL version 13–18 (default: the diagram\'s)',
    '  --unsafe     Plain DDL instead of the zero-downtime patterns',
    '  --force      Write into a folder that is not empty',
    '',
    'Exit status: 0 written, 1 the diagram is invalid or cannot be generated, 2 usage error.',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandLine('export', () => parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: { out: { type: 'string' }, pg: { type: 'string' }, unsafe: { type: 'boolean', default: false }, force: { type: 'boolean', default: false } },
    }));
    const [file] = requirePositionals('export', positionals, ['diagram.json']) as [string];
    if (!values.out) throw new CliError('missing --out <dir>\nRun "tablecraft export --help" for usage.');
    const pg = targetOption(values.pg);
    const doc = await readDiagram(io, file);
    if (pg !== undefined) doc.target.postgresVersion = pg;
    const bundle = await exportBundle(doc, { safe: !values.unsafe });
    if (!bundle.ok) generationFailed(bundle.error, file);
    await writeBundle(io, values.out, bundle.value, values.force);
    io.stdout(summary(values.out, bundle.value));
    return EXIT.ok;
  },
};
