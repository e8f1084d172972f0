import type { LiveEvent, LiveRunFailure, LiveRunReport } from '../../api/dto';
import { err, ok, type Result } from '../../result';
import type { ApplyError, ApplyEvent, ApplyResult } from '../apply/apply';
import { redact } from '../live/redact';

/** An ApplyEvent as JSON for the browser, with anything that could hold a secret redacted. */
export function toLiveEvent(event: ApplyEvent, secrets: readonly string[]): LiveEvent {
  return JSON.parse(redact(JSON.stringify(event), jsonSecrets(secrets))) as LiveEvent;
}

/** The engine's outcome as the API reports it: what ran and how long, or what failed and where. */
export function toRunOutcome(result: ApplyResult, secrets: readonly string[]): Result<LiveRunReport, LiveRunFailure> {
  if (result.ok) {
    const r = result.value;
    return ok({
      direction: r.direction, dryRun: r.dryRun, totalMs: r.totalMs,
      steps: r.steps.map((s) => ({ version: s.version, name: s.name, fileName: s.fileName, durationMs: s.durationMs, backup: s.backup ?? null })),
    });
  }
  return err(JSON.parse(redact(JSON.stringify(failureOf(result.error)), jsonSecrets(secrets))) as LiveRunFailure);
}

function failureOf(error: ApplyError): LiveRunFailure {
  switch (error.kind) {
    case 'migration_failed':
      return {
        kind: error.kind, message: error.message, database: { ...error.database },
        statement: error.statement ? { fileName: error.fileName, index: error.statement.index, count: error.statement.count, sql: error.statement.sql, line: error.statement.line, column: error.statement.column } : undefined,
      };
    case 'needs_confirmation':
      return { kind: error.kind, message: error.message, confirmWith: error.database };
    default:
      return { kind: error.kind, message: error.message };
  }
}

/** Secrets as they appear inside JSON strings (quotes and backslashes escaped). */
function jsonSecrets(secrets: readonly string[]): string[] {
  return [...new Set(secrets.flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]))].sort((a, b) => b.length - a.length);
}
