import { parseArgs } from 'node:util';
import { diffBundle } from '../../lib/bundle';
import { parseCommandLine, requirePositionals, type Command } from '../command';
import { generationFailed, readDiagram, summary, targetOption, writeBundle } from '../bundle-output';
import { CliError, EXIT } from '../io';

export const diffCommand: Command = {
  name: 'diff',
  summary: 'Write the migration bundle between two versions of a diagram',
  usage: 'diff <before.json> <after.json> --out <dir> [--pg N] [--unsafe] [--first-version N] [--force]',
  details: [
    'Plans the change from <before.json> to <after.json> (objects matched by id, so',
    'renames stay renames). By default existing tables get zero-downtime patterns:',
    'concurrent index builds in their own non-transactional migrations, NOT VALID',
    'constraints validated separately, batched backfills, SET NOT NULL through a',
    'validated check. Each step is a migration with its own DOWN.',
    '',
    'Options:',
    '  --out DIR           Folder to write (created if missing; must be empty)',
    '  --pg N              Target PostgreSQL version 13–18 (default: the after diagram\'s)',
    '  --unsafe            Plain DDL in one migration instead of the online patterns',
    '  --first-version N   Number of the first migration (default 1)',
    '  --force             Write into a folder that is not empty',
    '',
    'Exit status: 0 written, 1 a diagram is invalid or the change cannot be generated, 2 usage error.',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandLine('diff', () => parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: {
        out: { type: 'string' }, pg: { type: 'string' }, unsafe: { type: 'boolean', default: false },
        'first-version': { type: 'string' }, force: { type: 'boolean', default: false },
      },
    }));
    const [beforeFile, afterFile] = requirePositionals('diff', positionals, ['before.json', 'after.json']) as [string, string];
    if (!values.out) throw new CliError('missing --out <dir>\nRun "tablecraft diff --help" for usage.');
    const pg = targetOption(values.pg);
    const firstVersion = values['first-version'] === undefined ? 1 : Number(values['first-version']);
    if (!Number.isInteger(firstVersion) || firstVersion < 1) throw new CliError(`--first-version must be a positive whole number (got "${values['first-version']}")`);
    const before = await readDiagram(io, beforeFile);
    const after = await readDiagram(io, afterFile);
    if (pg !== undefined) {
      before.target.postgresVersion = pg;
      after.target.postgresVersion = pg;
    }
    const bundle = await diffBundle(before, after, { safe: !values.unsafe, firstVersion });
    if (!bundle.ok) generationFailed(bundle.error, afterFile);
    await writeBundle(io, values.out, bundle.value, values.force);
    io.stdout(summary(values.out, bundle.value));
    return EXIT.ok;
  },
};
