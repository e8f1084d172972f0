import { err, ok, type Result } from '../result';
import type { ChecksummedMigration } from './types';

/** A row of a migration history table, as far as planning needs it. */
export interface HistoryEntry {
  readonly version: number;
  readonly name: string;
  readonly checksum: string;
  readonly chainChecksum: string;
  /** False for a recorded failed attempt: such a version is still pending and its file may have been fixed since. */
  readonly success: boolean;
}

export type HistoryProblemKind = 'changed' | 'chain_changed' | 'unknown_version' | 'out_of_order';

export interface HistoryProblem {
  readonly kind: HistoryProblemKind;
  readonly version: number;
  readonly message: string;
}

export interface MigrationPlan {
  /** Local migrations the database has applied, in version order. */
  readonly applied: readonly ChecksummedMigration[];
  /** Local migrations still to apply, in version order. */
  readonly pending: readonly ChecksummedMigration[];
}

const short = (hash: string) => hash.slice(0, 12);

/**
 * Compares what the database has applied with the local migration files and
 * decides what is pending. Refuses (with every problem, each naming the version
 * and file) when the two disagree: an applied migration whose file was edited,
 * an applied version with no local file (the database is newer than this code),
 * or a new migration numbered below one already applied.
 */
export function planMigrations(
  local: readonly ChecksummedMigration[],
  history: readonly HistoryEntry[],
): Result<MigrationPlan, HistoryProblem[]> {
  const problems: HistoryProblem[] = [];
  const localByVersion = new Map(local.map((m) => [m.version, m]));
  const appliedRows = history.filter((row) => row.success).sort((a, b) => a.version - b.version);
  const appliedVersions = new Set(appliedRows.map((row) => row.version));

  for (const row of appliedRows) {
    const migration = localByVersion.get(row.version);
    if (!migration) {
      problems.push({
        kind: 'unknown_version',
        version: row.version,
        message: `version ${row.version} ("${row.name}") is applied in the database but there is no migration file for it: the database is newer than these migrations (run a newer version of the app) or the file was deleted`,
      });
    } else if (migration.checksum !== row.checksum) {
      problems.push({
        kind: 'changed',
        version: row.version,
        message: `migration ${row.version} (${migration.upFile}) was changed after it was applied (checksum ${short(row.checksum)}… when applied, ${short(migration.checksum)}… now): restore the file and put the change in a new migration`,
      });
    }
  }

  const lastApplied = appliedRows.at(-1)?.version ?? 0;
  const pending = local.filter((m) => !appliedVersions.has(m.version));
  for (const migration of pending) {
    if (migration.version < lastApplied) {
      problems.push({
        kind: 'out_of_order',
        version: migration.version,
        message: `migration ${migration.version} (${migration.upFile}) is not applied but version ${lastApplied} already is: a new migration must be numbered after the last applied one (renumber it above ${lastApplied})`,
      });
    }
  }

  // Only when nothing above explains it: the first applied migration whose chain
  // differs means an earlier file was added, removed or reordered. Later ones all
  // differ for the same reason, so they are not listed.
  if (problems.length === 0) {
    const firstBroken = appliedRows.find((row) => localByVersion.get(row.version)?.chainChecksum !== row.chainChecksum);
    if (firstBroken) {
      const migration = localByVersion.get(firstBroken.version);
      problems.push({
        kind: 'chain_changed',
        version: firstBroken.version,
        message: `the migrations before ${firstBroken.version} (${migration?.upFile ?? firstBroken.name}) are not the ones that were applied before it: a migration was added, removed, renumbered or edited ahead of it`,
      });
    }
  }

  if (problems.length > 0) return err(problems);
  return ok({ applied: local.filter((m) => appliedVersions.has(m.version)), pending });
}
