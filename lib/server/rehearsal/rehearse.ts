import { diffBundle } from '../../bundle';
import { createStatements, describeErrors } from '../../ddl';
import type { DiagramDocument } from '../../model/document';
import { err, ok, type Result } from '../../result';
import { planSyntheticData, type SyntheticOptionsInput } from '../../synthetic';
import { applyBundle, bundleFromFiles, type Bundle } from '../apply';
import { connectLive } from '../live/connect';
import { redact } from '../live/redact';
import { explainPatterns } from './explain';
import { loadData, splitDeferredIndexes } from './load';
import { openTarget, type RehearsalTarget } from './target';
import type { MigrationStepReport, RehearsalEvent, RehearsalReport } from './types';

export interface RehearsalOptions {
  readonly document: DiagramDocument;
  readonly target: RehearsalTarget;
  readonly synthetic?: SyntheticOptionsInput;
  /** Migrate the loaded database to this design (the bundle `diffBundle(document, after)`), timing each step. */
  readonly after?: DiagramDocument;
  /** Or apply this bundle after loading; patterns are then explained against `after ?? document`. */
  readonly bundle?: Bundle;
  /** A sequential scan reading at least this many rows is flagged (default 10,000). */
  readonly largeTableRows?: number;
  readonly applyProposals?: boolean;
  readonly onEvent?: (event: RehearsalEvent) => void;
}

export interface RehearsalError {
  readonly kind: 'target_refused' | 'target_unavailable' | 'schema_failed' | 'migration_failed' | 'invalid_input';
  readonly message: string;
}

/**
 * A rehearsal on production-like data: create the schema in a scratch target,
 * fill it with synthetic rows at the declared volume, ANALYZE, run the
 * migration (timed step by step), then EXPLAIN every access pattern, flag
 * sequential scans of large tables with the advisor's index and, on request,
 * show the plan again with that index in place. The scratch target is
 * discarded at the end.
 */
export async function rehearse(options: RehearsalOptions): Promise<Result<RehearsalReport, RehearsalError>> {
  const started = performance.now();
  const emit = options.onEvent ?? (() => undefined);
  const ms = (from: number) => Math.round(performance.now() - from);
  const created = createStatements(options.document);
  if (!created.ok) return err({ kind: 'invalid_input', message: `cannot generate the schema:\n${describeErrors(created.error)}` });
  const migration = options.bundle ?? (options.after ? await bundleFor(options.document, options.after) : null);
  if (migration && !('migrations' in migration)) return err(migration);
  const opened = await openTarget(options.target);
  if (!opened.ok) return opened;
  const target = opened.value;
  const fail = (kind: RehearsalError['kind'], message: string) => err<RehearsalError>({ kind, message: redact(message, target.secrets) });
  try {
    const connected = await connectLive(target.url, { applicationName: 'tablecraft rehearse' });
    if (!connected.ok) return fail('target_unavailable', connected.error.message);
    const client = connected.value.client;
    try {
      const server = (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
      emit({ kind: 'target', where: target.where, server });
      const { now, later } = splitDeferredIndexes(created.value);
      let t = performance.now();
      for (const s of now) {
        try {
          await client.query(s.sql);
        } catch (e) {
          return fail('schema_failed', `creating the schema in ${target.where} failed at:\n${s.sql}\n→ ${(e as Error).message}`);
        }
      }
      const schema = { statements: created.value.length, durationMs: ms(t) };
      emit({ kind: 'schema', ...schema });

      const plan = planSyntheticData(options.document, options.synthetic);
      const parentsOf = (id: string) => options.document.relationships.filter((r) => r.fromTableId === id && r.toTableId !== id).map((r) => r.toTableId);
      const tables = await loadData(client, plan, parentsOf, emit);

      t = performance.now();
      for (const s of later) await client.query(s.sql);
      const indexes = { count: later.filter((s) => /^\s*CREATE/i.test(s.sql)).length, durationMs: ms(t) };
      emit({ kind: 'indexes', ...indexes });
      t = performance.now();
      await client.query('ANALYZE');
      let analyzeMs = ms(t);
      emit({ kind: 'analyze', durationMs: analyzeMs });

      let migrationReport: RehearsalReport['migration'] = null;
      if (migration) {
        const statements = new Map<string, MigrationStepReport['statements'][number][]>();
        const applied = await applyBundle(migration, {
          databaseUrl: target.url, confirm: target.database, backup: 'none',
          onEvent: (event) => {
            emit({ kind: 'migration', event });
            if (event.kind === 'statement' && event.status === 'done') {
              const list = statements.get(event.fileName) ?? [];
              list.push({ index: event.index, sql: event.sql, durationMs: event.durationMs });
              statements.set(event.fileName, list);
            }
          },
        });
        if (!applied.ok) return fail('migration_failed', applied.error.message);
        migrationReport = {
          totalMs: applied.value.totalMs,
          steps: applied.value.steps.map((s) => ({ version: s.version, name: s.name, fileName: s.fileName, transactional: s.transactional, durationMs: s.durationMs, statements: statements.get(s.fileName) ?? [] })),
        };
        t = performance.now();
        await client.query('ANALYZE');
        analyzeMs += ms(t);
      }

      const explained = await explainPatterns(client, options.after ?? options.document, {
        largeTableRows: options.largeTableRows ?? 10_000, applyProposals: options.applyProposals ?? false, emit,
      });
      return ok({
        target: { where: target.where, server }, seed: plan.options.seed, scale: plan.options.scale,
        schema, tables, indexes, analyzeMs, migration: migrationReport, patterns: explained.patterns, totalMs: ms(started),
      });
    } finally {
      await connected.value.close();
    }
  } finally {
    await target.close();
  }
}

async function bundleFor(before: DiagramDocument, after: DiagramDocument): Promise<Bundle | RehearsalError> {
  const generated = await diffBundle(before, after);
  if (!generated.ok) return { kind: 'invalid_input', message: `cannot generate the migration:\n${describeErrors(generated.error)}` };
  const files = generated.value.files.filter((f) => /^migrations\/[^/]+\.sql$/.test(f.path)).map((f) => ({ fileName: f.path.slice('migrations/'.length), sql: f.contents }));
  const manifest = JSON.parse(generated.value.files.find((f) => f.path === 'migrations/manifest.json')!.contents) as unknown;
  const bundle = await bundleFromFiles(files, manifest, 'rehearsal');
  return bundle.ok ? bundle.value : { kind: 'invalid_input', message: bundle.error.message };
}
