import type { ClientBase } from 'pg';
import type { LiveHistoryEntry, LivePlan, PlannedMigration } from '../../api/dto';
import { diffBundle, slugify, type ManifestMigration } from '../../bundle';
import { describeErrors } from '../../ddl/errors';
import { sha256Hex } from '../../migrations/checksum';
import type { DiagramDocument } from '../../model/document';
import { parseDocument } from '../../model/parse';
import { err, ok, type Result } from '../../result';
import { bundleFromFiles, type Bundle } from '../apply/bundle';
import type { Database } from '../db/prisma';
import type { Prisma } from '../db/generated/client';
import { fromPg, introspect } from '../introspect';
import type { LiveServiceError } from './errors';
import { liveBaseline } from './live-baseline';
import { readLiveHistory, scopeOf } from './live-history';
import type { LiveTarget } from './targets';

/** One migration as the app stores it per diagram and target (tablecraft.live_migrations). */
export interface StoredMigration {
  readonly version: number;
  readonly name: string;
  readonly upFile: string;
  readonly upSql: string;
  readonly downFile: string;
  readonly downSql: string;
  readonly manifest: ManifestMigration;
  readonly document: DiagramDocument;
}

export interface ComputedPlan {
  readonly dto: LivePlan;
  /** Everything applied so far plus the new migrations; null when there is nothing to run. */
  readonly bundle: Bundle | null;
  /** The migrations this plan adds, to store once they are applied. */
  readonly added: readonly StoredMigration[];
  /** What is applied now, for rollbacks. */
  readonly applied: readonly StoredMigration[];
  readonly history: readonly LiveHistoryEntry[];
}

/**
 * The bundle "last applied → the diagram now" for a target. The target's own
 * history says which versions are applied; the app's stored copies of those
 * files (with the document each one reached) give the baseline, and are sent
 * again unchanged so the chained checksums still match. With nothing applied
 * yet, the baseline is the live database itself (see `liveBaseline`).
 */
export async function computePlan(
  db: Database, client: ClientBase, diagramId: string, design: DiagramDocument, target: LiveTarget,
): Promise<Result<ComputedPlan, LiveServiceError>> {
  const scope = scopeOf(diagramId);
  const history = await readLiveHistory(client, diagramId);
  const stored = await loadStored(db, diagramId, target.id);
  const applied: StoredMigration[] = [];
  for (const entry of history.filter((h) => h.success)) {
    const copy = stored.find((s) => s.version === entry.version);
    if (!copy || copy.manifest.checksum !== entry.checksum) {
      return err({
        kind: 'history_unknown',
        message: `${target.label} has version ${entry.version} of this diagram applied, but Tablecraft ${copy ? 'holds a different file for it' : 'has no record of that file'} (was it applied from another Tablecraft, or was the app's storage reset?). Roll it back with the CLI${target.id === 'sandbox' ? ', or reset the sandbox' : ''}, then plan again.`,
      });
    }
    applied.push(copy);
  }
  const appliedVersion = applied.at(-1)?.version ?? 0;
  let baseline: DiagramDocument;
  const warnings: string[] = [];
  if (applied.length > 0) baseline = applied.at(-1)!.document;
  else {
    const live = await introspect(fromPg(client), { name: design.name });
    if (!live.ok) return err({ kind: 'cannot_plan', message: live.error.message });
    warnings.push(...live.value.warnings);
    baseline = liveBaseline(live.value.document, design);
  }
  const built = await diffBundle(baseline, design, { firstVersion: appliedVersion + 1, slug: slugify(design.name) });
  if (!built.ok) return err({ kind: 'cannot_plan', message: `cannot plan the migration:\n${describeErrors(built.error)}` });
  const files = new Map(built.value.files.map((f) => [f.path.replace(/^migrations\//, ''), f.contents]));
  const added: StoredMigration[] = built.value.manifest.migrations.map((m) => ({
    version: m.version, name: m.name, upFile: m.up, upSql: files.get(m.up)!, downFile: m.down, downSql: files.get(m.down)!, manifest: m, document: design,
  }));
  const migrations: PlannedMigration[] = added.map((m) => ({
    version: m.version, name: m.name, summary: m.manifest.summary, upFile: m.upFile, downFile: m.downFile, up: m.upSql, down: m.downSql,
    transactional: m.manifest.transactional, checksum: m.manifest.checksum,
    statements: m.manifest.statements.map((s) => ({ explanation: s.explanation, hazards: [...s.hazards], lock: s.lock, transactional: s.transactional })),
  }));
  const dataLoss = added.flatMap((m) => m.manifest.statements.filter((s) => s.hazards.includes('DELETES_DATA')).map((s) => `version ${m.version}: ${s.explanation}`));
  const planId = (await sha256Hex(`${target.id}\n${appliedVersion}\n${added.map((m) => m.manifest.checksum).join('\n')}`)).slice(0, 16);
  const bundle = added.length === 0 ? null : await assemble(scope, [...applied, ...added], built.value.manifest);
  if (bundle && !bundle.ok) throw new Error(`computePlan: the assembled bundle is invalid: ${bundle.error.message}`);
  return ok({
    dto: { target: target.id, database: target.database, appliedVersion, migrations, dataLoss, planId, baseline: applied.length > 0 ? 'applied' : 'live', warnings },
    bundle: bundle?.ok ? bundle.value : null,
    added, applied, history,
  });
}

/** A bundle of stored migrations only: what a rollback runs the DOWNs of. */
export async function appliedBundle(diagramId: string, applied: readonly StoredMigration[], targetPostgresVersion: number): Promise<Bundle | null> {
  if (applied.length === 0) return null;
  const result = await assemble(scopeOf(diagramId), applied, { format: 'tablecraft.bundle', formatVersion: 1, targetPostgresVersion });
  if (!result.ok) throw new Error(`appliedBundle: the stored migrations do not form a set: ${result.error.message}`);
  return result.value;
}

async function assemble(scope: string, migrations: readonly StoredMigration[], header: { readonly targetPostgresVersion: number; readonly format: string; readonly formatVersion: number }) {
  const files = migrations.flatMap((m) => [{ fileName: m.upFile, sql: m.upSql }, { fileName: m.downFile, sql: m.downSql }]);
  const manifest = { ...header, diagram: scope, migrations: migrations.map((m) => m.manifest) };
  const bundle = await bundleFromFiles(files, manifest, scope);
  return bundle.ok ? ok({ ...bundle.value, scope }) : bundle;
}

export async function loadStored(db: Database, diagramId: string, target: string): Promise<StoredMigration[]> {
  const rows = await db.liveMigration.findMany({ where: { diagramId, target }, orderBy: { version: 'asc' } });
  return rows.map((r) => {
    const document = parseDocument(r.document);
    if (!document.ok) throw new Error(`loadStored: the stored document of version ${r.version} is not valid: ${document.error.message}`);
    return { version: r.version, name: r.name, upFile: r.upFile, upSql: r.upSql, downFile: r.downFile, downSql: r.downSql, manifest: r.manifest as unknown as ManifestMigration, document: document.value };
  });
}

/** Records migrations that are now applied (overwriting stale copies of the same versions). */
export async function storeApplied(db: Database, diagramId: string, target: string, migrations: readonly StoredMigration[]): Promise<void> {
  const json = (v: unknown) => v as Prisma.InputJsonValue;
  await db.$transaction(migrations.map((m) => db.liveMigration.upsert({
    where: { diagramId_target_version: { diagramId, target, version: m.version } },
    create: { diagramId, target, version: m.version, name: m.name, upFile: m.upFile, upSql: m.upSql, downFile: m.downFile, downSql: m.downSql, manifest: json(m.manifest), document: json(m.document) },
    update: { name: m.name, upFile: m.upFile, upSql: m.upSql, downFile: m.downFile, downSql: m.downSql, manifest: json(m.manifest), document: json(m.document), createdAt: new Date() },
  })));
}

export async function forgetReverted(db: Database, diagramId: string, target: string, versions: readonly number[]): Promise<void> {
  if (versions.length === 0) return;
  await db.liveMigration.deleteMany({ where: { diagramId, target, version: { in: [...versions] } } });
}
