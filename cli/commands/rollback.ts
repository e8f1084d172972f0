import { parseArgs } from 'node:util';
import { loadBundle, rollbackBundle } from '../../lib/server/apply';
import { CliError, EXIT } from '../io';
import { parseCommandLine, requirePositionals, type Command } from '../command';
import { backupMode } from './apply';
import { databaseUrl, progressPrinter, reportOutcome, wholeNumber } from './live-shared';

export const rollbackCommand: Command = {
  name: 'rollback',
  summary: 'Roll back applied migrations to an earlier version',
  usage: 'rollback <bundle-dir> --to N --database-url URL [--dry-run] [--yes-destroy-data=DBNAME] [--backup schema|pg_dump|none]',
  details: [
    'Runs the DOWN scripts of every applied migration above version N, newest first,',
    'with the same checks as apply: checksums, the lock, capability checks, typed',
    'confirmation for DOWNs that drop data, and a backup first. --to 0 reverts everything.',
    '',
    'Options:',
    '  --to N                     The version to go back to (required)',
    '  --database-url URL         postgres://user:password@host:port/db (or DATABASE_URL)',
    '  --dry-run                  Run inside a transaction and roll back; report what would happen',
    '  --yes-destroy-data=DBNAME  Confirm lossy DOWNs by typing the database name',
    '  --backup MODE              schema (default), pg_dump or none',
    '  --lock-timeout SECONDS     How long to wait for another run (default 60)',
    '',
    'Exit status: 0 rolled back (or nothing to do), 1 refused or failed, 2 usage error.',
  ].join('\n'),

  async run(argv, io) {
    const { values, positionals } = parseCommandLine('rollback', () => parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: {
        'database-url': { type: 'string' }, 'dry-run': { type: 'boolean' }, to: { type: 'string' },
        'yes-destroy-data': { type: 'string' }, backup: { type: 'string' }, 'lock-timeout': { type: 'string' },
      },
    }));
    const [dir] = requirePositionals('rollback', positionals, ['bundle-dir']);
    const to = wholeNumber('--to', values.to);
    if (to === undefined) throw new CliError('missing --to N (the version to roll back to; 0 reverts everything)\nRun "tablecraft rollback --help" for usage.');
    const url = databaseUrl('rollback', values['database-url']);
    const bundle = await loadBundle(dir!);
    if (!bundle.ok) throw new CliError(bundle.error.message, EXIT.problems);
    const result = await rollbackBundle(bundle.value, {
      databaseUrl: url, toVersion: to, dryRun: values['dry-run'] ?? false, confirm: values['yes-destroy-data'],
      backup: backupMode(values.backup), lockTimeoutMs: (wholeNumber('--lock-timeout', values['lock-timeout']) ?? 60) * 1000,
      onEvent: progressPrinter(io),
    });
    return reportOutcome(io, { done: 'Rolled back', would: 'roll back' }, result);
  },
};
