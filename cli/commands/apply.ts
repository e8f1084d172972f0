import { parseArgs } from 'node:util';
import { applyBundle, loadBundle, type BackupMode } from '../../lib/server/apply';
import { CliError, EXIT } from '../io';
import { parseCommandLine, requirePositionals, type Command } from '../command';
import { databaseUrl, progressPrinter, reportOutcome, wholeNumber } from './live-shared';

export const applyCommand: Command = {
  name: 'apply',
  summary: 'Apply pending migrations of a bundle to a database',
  usage: 'apply <bundle-dir> --database-url URL [--dry-run] [--to N] [--yes-destroy-data=DBNAME] [--backup schema|pg_dump|none]',
  details: [
    'Applies the pending migrations of a bundle folder (its migrations/ subfolder with',
    'NNN_slug.up.sql / .down.sql and manifest.json) in version order, each in its own',
    'transaction (files marked -- tablecraft:no-transaction run statement by statement),',
    'recording each in tablecraft_meta.migration_history with chained checksums. An',
    'applied migration that was edited or reordered is refused; a second run waits for',
    'the first (advisory lock). Server version, extensions and privileges are checked',
    'before anything changes. Progress is printed on stderr, statement by statement.',
    '',
    'Options:',
    '  --database-url URL         postgres://user:password@host:port/db (or DATABASE_URL)',
    '  --dry-run                  Run inside a transaction and roll back; report what would happen',
    '  --to N                     Apply up to and including version N only',
    '  --yes-destroy-data=DBNAME  Confirm steps that delete data by typing the database name',
    '  --backup MODE              Before data loss: schema (default, tablecraft_backup_<time>),',
    '                             pg_dump (a .dump file here, needs pg_dump on PATH) or none',
    '  --lock-timeout SECONDS     How long to wait for another run (default 60)',
    '',
    'Exit status: 0 applied (or nothing to do), 1 refused or failed, 2 usage error.',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandLine('apply', () => parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: {
        'database-url': { type: 'string' }, 'dry-run': { type: 'boolean' }, to: { type: 'string' },
        'yes-destroy-data': { type: 'string' }, backup: { type: 'string' }, 'lock-timeout': { type: 'string' },
      },
    }));
    const [dir] = requirePositionals('apply', positionals, ['bundle-dir']);
    const url = databaseUrl('apply', values['database-url']);
    const bundle = await loadBundle(dir!);
    if (!bundle.ok) throw new CliError(bundle.error.message, EXIT.problems);
    const result = await applyBundle(bundle.value, {
      databaseUrl: url, dryRun: values['dry-run'] ?? false, toVersion: wholeNumber('--to', values.to),
      confirm: values['yes-destroy-data'], backup: backupMode(values.backup),
      lockTimeoutMs: (wholeNumber('--lock-timeout', values['lock-timeout']) ?? 60) * 1000,
      onEvent: progressPrinter(io),
    });
    return reportOutcome(io, { done: 'Applied', would: 'apply' }, result);
  },
};

export function backupMode(value: string | undefined): BackupMode | undefined {
  if (value === undefined || value === 'schema' || value === 'pg_dump' || value === 'none') return value;
  throw new CliError(`--backup must be schema, pg_dump or none (got "${value}")`);
}
