import type { ApplyError, ApplyEvent, ApplyResult } from '../../lib/server/apply';
import { CliError, EXIT, type CliIo, type ExitCode } from '../io';

/** `--database-url`, else `DATABASE_URL`; never echoed back. */
export function databaseUrl(commandName: string, value: string | undefined): string {
  const url = value ?? process.env.DATABASE_URL;
  if (!url) throw new CliError(`missing --database-url (or the DATABASE_URL environment variable)\nRun "tablecraft ${commandName} --help" for usage.`);
  return url;
}

export function wholeNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new CliError(`${name} must be a whole number (got "${value}")`);
  return Number(value);
}

/** One progress line per event on stderr, so stdout stays for results. */
export function progressPrinter(io: CliIo): (event: ApplyEvent) => void {
  return (event) => {
    switch (event.kind) {
      case 'connected': return io.stderr(`Connected to ${event.database} (PostgreSQL ${event.server}).\n`);
      case 'lock_wait': return io.stderr(`Waiting for the migration lock, held by ${event.holder}…\n`);
      case 'backup': return io.stderr(`Backed up what versions ${event.versions.join(', ')} destroy to ${event.location}.\n`);
      case 'statement': {
        if (event.status === 'started') return;
        const first = event.sql.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('--'))?.trim().slice(0, 100) ?? '';
        const mark = { done: 'ok', failed: 'FAILED', would_run: 'would run', started: '' }[event.status];
        return io.stderr(`  ${event.fileName} [${event.index}/${event.count}] ${mark} ${event.durationMs.toFixed(1)} ms  ${first}\n`);
      }
    }
  };
}

/** The run's outcome on stdout / stderr and the exit code: 0 done, 1 refused or failed. */
export function reportOutcome(io: CliIo, verb: { done: string; would: string }, result: ApplyResult): ExitCode {
  if (result.ok) {
    const r = result.value;
    const what = r.steps.map((s) => `${s.version}`).join(', ') || 'nothing';
    io.stdout(`${r.dryRun ? `Dry run (rolled back): would ${verb.would}` : verb.done} ${what}${r.unchanged.length ? `; already in place: ${r.unchanged.join(', ')}` : ''} (${r.totalMs} ms).\n`);
    for (const s of r.steps) if (s.backup) io.stdout(`Backup of version ${s.version}: ${s.backup}\n`);
    return EXIT.ok;
  }
  io.stderr(`${describe(result.error)}\n`);
  return EXIT.problems;
}

function describe(error: ApplyError): string {
  if (error.kind === 'migration_failed' && error.statement) {
    const s = error.statement;
    return `${error.message}\n  at ${error.fileName}:${s.line}:${s.column} (statement ${s.index} of ${s.count})${error.database.code ? `, SQLSTATE ${error.database.code}` : ''}${error.database.detail ? `\n  detail: ${error.database.detail}` : ''}${error.database.hint ? `\n  hint: ${error.database.hint}` : ''}`;
  }
  return error.message;
}
