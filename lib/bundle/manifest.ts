import type { PlanUnit } from '../ddl/plan';
import type { Statement } from '../ddl/statement';
import { checksumMigrations } from '../migrations/checksum';
import { parseMigrationSet } from '../migrations/parse';

export interface ManifestStatement {
  readonly explanation: string;
  readonly lock: Statement['lock'];
  readonly transactional: boolean;
  readonly hazards: Statement['hazards'];
}

export interface ManifestMigration {
  readonly version: number;
  readonly name: string;
  readonly stage: string;
  readonly summary: string;
  readonly up: string;
  readonly down: string;
  readonly transactional: boolean;
  readonly downTransactional: boolean;
  readonly checksum: string;
  readonly chainChecksum: string;
  readonly statements: readonly ManifestStatement[];
  readonly downStatements: readonly ManifestStatement[];
}

export interface Manifest {
  readonly format: 'tablecraft.bundle';
  readonly formatVersion: 1;
  readonly diagram: string;
  readonly targetPostgresVersion: number;
  readonly safe: boolean;
  readonly migrations: readonly ManifestMigration[];
}

/** A step of a planner plan or of a data-moving decomposition: one migration of the bundle. */
export interface BundleStep {
  readonly stage: string;
  readonly summary: string;
  readonly up: PlanUnit;
  readonly down: PlanUnit;
}

export interface MigrationFiles {
  readonly step: BundleStep;
  readonly version: number;
  readonly name: string;
  readonly upPath: string;
  readonly downPath: string;
  readonly upText: string;
  readonly downText: string;
}

const describe = (s: Statement): ManifestStatement => ({ explanation: s.explanation, lock: s.lock, transactional: s.transactional, hazards: s.hazards });

/**
 * The manifest: order, file names, and the checksums `lib/migrations` computes
 * (the app's runner checks the same ones), so a bundle edited after export is
 * detected; plus, per statement, what it locks and risks.
 */
export async function buildManifest(
  files: readonly MigrationFiles[],
  header: { diagram: string; targetPostgresVersion: number; safe: boolean },
): Promise<Manifest> {
  const parsed = parseMigrationSet(files.flatMap((f) => [{ fileName: f.upPath, sql: f.upText }, { fileName: f.downPath, sql: f.downText }]));
  if (!parsed.ok) throw new Error(`buildManifest: generated migration files do not form a set: ${parsed.error.map((p) => p.message).join('; ')}`);
  const checksummed = await checksumMigrations(parsed.value);
  const migrations = checksummed.map((m): ManifestMigration => {
    const f = files.find((x) => x.version === m.version)!;
    return {
      version: m.version, name: m.name, stage: f.step.stage, summary: f.step.summary,
      up: f.upPath.slice('migrations/'.length), down: f.downPath.slice('migrations/'.length),
      transactional: m.transactional, downTransactional: m.downTransactional,
      checksum: m.checksum, chainChecksum: m.chainChecksum,
      statements: f.step.up.statements.map(describe), downStatements: f.step.down.statements.map(describe),
    };
  });
  return { format: 'tablecraft.bundle', formatVersion: 1, ...header, migrations };
}
