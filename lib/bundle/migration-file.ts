import type { PlanUnit } from '../ddl/plan';
import { renderScript } from '../ddl/statement';
import { literal } from '../sql/quote';
import { NO_TRANSACTION_MARKER } from '../migrations/markers';

export interface FileSettings {
  readonly title: string;
  readonly lockTimeout: string;
  readonly statementTimeout: string;
}

/**
 * The text of one migration script. A non-transactional script starts with the
 * marker `lib/migrations` reads (first line, nothing before it). Every script
 * sets lock_timeout, so a DDL statement waiting for a lock fails fast instead of
 * queueing all traffic behind it, and statement_timeout — lifted (0) for long
 * non-blocking steps, which are expected to run for as long as the table needs.
 */
export function renderMigrationFile(unit: PlanUnit, settings: FileSettings): string {
  const statementTimeout = unit.longRunning ? '0' : settings.statementTimeout;
  const how = unit.transactional
    ? 'Runs in one transaction: psql -v ON_ERROR_STOP=1 -1 -f <this file>'
    : 'Runs OUTSIDE a transaction, statement by statement: psql -v ON_ERROR_STOP=1 -f <this file> (no -1)';
  const preamble = [
    `SET lock_timeout = ${literal(settings.lockTimeout)};`,
    `SET statement_timeout = ${literal(statementTimeout)};${unit.longRunning ? ' -- long, non-blocking step' : ''}`,
  ];
  const body = unit.statements.length > 0
    ? renderScript(unit.statements, { title: `${settings.title}\n${how}`, preamble })
    : renderScript([], { title: `${settings.title}\nNothing to undo: this step changes no structure.`, preamble });
  return unit.transactional ? body : `${NO_TRANSACTION_MARKER}\n${body}`;
}
