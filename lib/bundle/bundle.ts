import { decompositionMigration } from '../ddl/decompose';
import { createStatements } from '../ddl/generate';
import type { DdlError } from '../ddl/errors';
import { planMigration } from '../ddl/plan';
import { resolveDocument } from '../ddl/resolve';
import { renderScript } from '../ddl/statement';
import type { DiagramDocument } from '../model/document';
import { emptyDocument } from '../model/empty';
import type { DocumentChange } from '../normalization/fix-types';
import { err, ok, type Result } from '../result';
import { dataDictionary } from './data-dictionary';
import { designReview } from './design-review';
import { destructiveSteps } from './hazards';
import { buildManifest, type BundleStep, type Manifest, type MigrationFiles } from './manifest';
import { renderMigrationFile } from './migration-file';
import { jsonbExamples, vectorQueries } from './queries';
import { readme } from './readme';
import { slugify } from './slug';
import { DEFAULT_LOCK_TIMEOUT, DEFAULT_STATEMENT_TIMEOUT, type BundleFile, type BundleOptions } from './types';

export interface Bundle {
  readonly files: readonly BundleFile[];
  readonly manifest: Manifest;
}

/**
 * The bundle for a whole schema, created on an empty database:
 * `001_create_<slug>` (plus a separate non-transactional migration only if a
 * statement needs one). Pure: returns the files, writes nothing.
 */
export function exportBundle(doc: DiagramDocument, options: BundleOptions = {}): Promise<Result<Bundle, DdlError[]>> {
  const empty = { ...emptyDocument(doc.name), target: { ...doc.target } };
  return build(empty, doc, `create_${options.slug ?? slugify(doc.name)}`, options);
}

/** The bundle migrating a database built from `before` to `after`: the plan split at transaction boundaries. */
export function diffBundle(before: DiagramDocument, after: DiagramDocument, options: BundleOptions = {}): Promise<Result<Bundle, DdlError[]>> {
  return build(before, after, `update_${options.slug ?? slugify(after.name)}`, options);
}

/**
 * The bundle of a normalization fix applied to a database built from `before`:
 * the data-moving migration (create the new table, copy the values after a
 * conflict check, add the foreign key online, drop the moved columns), not the
 * plain diff, which would drop the values. `change` is what `applyFix` returned;
 * `after` its document. The bundle's schema is the migration's end state (the
 * fixed document plus an index on the new foreign key when it needs one).
 */
export function decompositionBundle(before: DiagramDocument, after: DiagramDocument, change: DocumentChange, options: Omit<BundleOptions, 'safe' | 'backfillBatchSize'> = {}): Promise<Result<Bundle, DdlError[]>> {
  const migration = decompositionMigration(before, after, change);
  if (!migration.ok) return Promise.resolve(migration);
  const { document, steps, targetVersion } = migration.value;
  return build(before, document, `normalize_${options.slug ?? slugify(change.table.name)}`, { ...options, safe: true }, { steps, targetVersion });
}

interface Steps {
  readonly steps: readonly BundleStep[];
  readonly targetVersion: number;
}

async function build(before: DiagramDocument, after: DiagramDocument, slug: string, options: BundleOptions, given?: Steps): Promise<Result<Bundle, DdlError[]>> {
  const plan = given ? ok(given) : planMigration(before, after, { safe: options.safe ?? true, backfillBatchSize: options.backfillBatchSize });
  if (!plan.ok) return plan;
  const model = resolveDocument(after);
  const schema = createStatements(after);
  if (!model.ok) return model;
  if (!schema.ok) return schema;
  const migrations = migrationFiles(plan.value, slug, after.name, options);
  const manifest = await buildManifest(migrations, { diagram: after.name, targetPostgresVersion: plan.value.targetVersion, safe: options.safe ?? true });
  const destructive = migrations.flatMap((m) => destructiveSteps(m.upPath, m.step.up.statements));
  const lossy = migrations.flatMap((m) => destructiveSteps(m.downPath, m.step.down.statements));
  const queries = [...vectorQueries(after, model.value), ...jsonbExamples(model.value)];
  const files: BundleFile[] = [
    { path: 'README.md', contents: readme(manifest, destructive, lossy, queries.length > 0) },
    { path: 'schema.sql', contents: renderScript(schema.value, { title: `${after.name}: full schema for PostgreSQL ${plan.value.targetVersion}\nFor a fresh database; use migrations/ to change an existing one.` }) },
    { path: 'docs/data-dictionary.md', contents: dataDictionary(after, model.value) },
    { path: 'docs/design-review.md', contents: designReview(after) },
    ...(queries.length > 0 ? [{ path: 'docs/queries.sql', contents: `${queries.join('\n\n')}\n` }] : []),
    ...migrations.flatMap((m) => [{ path: m.upPath, contents: m.upText }, { path: m.downPath, contents: m.downText }]),
    { path: 'migrations/manifest.json', contents: `${JSON.stringify(manifest, null, 2)}\n` },
  ];
  const taken = new Set(files.map((f) => f.path));
  for (const extra of options.extraFiles ?? []) {
    if (taken.has(extra.path)) {
      return err([{ kind: 'unsupported_change', object: extra.path, message: `the extra file "${extra.path}" would overwrite a file of the bundle` }]);
    }
    taken.add(extra.path);
    files.push(extra);
  }
  return ok({ files, manifest });
}

function migrationFiles(plan: Steps, slug: string, title: string, options: BundleOptions): MigrationFiles[] {
  const first = options.firstVersion ?? 1;
  const single = plan.steps.length === 1;
  const settings = { lockTimeout: options.lockTimeout ?? DEFAULT_LOCK_TIMEOUT, statementTimeout: options.statementTimeout ?? DEFAULT_STATEMENT_TIMEOUT };
  return plan.steps.map((step, i) => {
    const version = first + i;
    const name = single || step.stage === 'main' ? slug : `${slug}_${step.stage}`;
    const stem = `migrations/${String(version).padStart(3, '0')}_${name}`;
    const heading = `${title}: migration ${version} of ${first + plan.steps.length - 1} (${step.summary})`;
    return {
      step, version, name, upPath: `${stem}.up.sql`, downPath: `${stem}.down.sql`,
      upText: renderMigrationFile(step.up, { ...settings, title: `UP ${heading}` }),
      downText: renderMigrationFile(step.down, { ...settings, title: `DOWN ${heading}` }),
    };
  });
}
