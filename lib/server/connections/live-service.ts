import type { ConnectionTestResult, DriftReport, LiveEvent, LiveHistory, LivePlan, LiveRunFailure, LiveRunReport } from '../../api/dto';
import type { ApplyRequest, RollbackRequest } from '../../api/requests';
import type { DiagramDocument } from '../../model/document';
import { err, ok, type Result } from '../../result';
import { applyBundle, rollbackBundle } from '../apply/apply';
import type { Database } from '../db/prisma';
import { driftBetween, fromPg, introspect } from '../introspect';
import { connectLive, type LiveConnection } from '../live/connect';
import { liveError } from '../live/errors';
import { redact } from '../live/redact';
import { connectionFailed, type LiveServiceError } from './errors';
import { readLiveHistory } from './live-history';
import { appliedBundle, computePlan, forgetReverted, loadStored, storeApplied, type ComputedPlan } from './live-plan';
import { toLiveEvent, toRunOutcome } from './live-run';
import { probeTarget } from './probe';
import type { ConnectionService } from './service';
import { resolveTarget, type LiveTarget } from './targets';

type Live<T> = Promise<Result<T, LiveServiceError>>;

/** A run that was started: the outcome once it ends; progress goes to `onEvent` meanwhile. */
export type RunOutcome = Result<LiveRunReport, LiveRunFailure>;

export interface RunStart {
  /** Runs the migrations, reporting each event; resolves with the outcome. Never rejects for expected failures. */
  run(onEvent: (event: LiveEvent) => void): Promise<RunOutcome>;
}

/**
 * Live operations for a diagram on a target (the sandbox or a saved
 * connection): test, introspect, drift, plan, apply, history, rollback. Every
 * message that leaves passes through `redact` with the target's secrets.
 */
export function createLiveService(db: Database, connections: ConnectionService) {
  async function withTarget<T>(targetId: string, work: (target: LiveTarget, live: LiveConnection) => Live<T>): Live<T> {
    const target = await resolveTarget(connections, targetId);
    if (!target.ok) return target;
    const connected = await connectLive(target.value.url, { connectTimeoutMs: 10_000, applicationName: 'tablecraft' });
    if (!connected.ok) return err(connectionFailed(connected.error));
    const live = connected.value;
    try {
      return await work(target.value, live);
    } catch (error) {
      if ((error as { code?: unknown }).code !== undefined) return err(connectionFailed(liveError(error, live.where, live.secrets)));
      // No `cause`: the server log prints causes, and the original may quote the connection string.
      // eslint-disable-next-line preserve-caught-error
      throw new Error(redact((error as Error).message, target.value.secrets));
    } finally {
      await live.close();
    }
  }

  return {
    async test(targetId: string): Live<ConnectionTestResult> {
      const target = await resolveTarget(connections, targetId);
      if (!target.ok) return target;
      const result = await probeTarget(target.value);
      if (result.ok && targetId !== 'sandbox') await connections.markTested(targetId);
      return result;
    },

    async introspect(targetId: string, name: string): Live<{ document: DiagramDocument; warnings: string[] }> {
      return withTarget(targetId, async (_target, live) => {
        const result = await introspect(fromPg(live.client), { name });
        if (!result.ok) return err({ kind: 'cannot_plan', message: result.error.message });
        return ok({ document: result.value.document, warnings: [...result.value.warnings] });
      });
    },

    async drift(design: DiagramDocument, targetId: string): Live<DriftReport> {
      return withTarget(targetId, async (_target, live) => {
        const read = await introspect(fromPg(live.client), { name: design.name });
        if (!read.ok) return err({ kind: 'cannot_plan', message: read.error.message });
        const drift = driftBetween(design, read.value.document);
        if (!drift.ok) return err({ kind: 'cannot_plan', message: drift.error.message });
        return ok({
          inSync: drift.value.inSync, warnings: [...read.value.warnings],
          statements: drift.value.statements.map((s) => ({ sql: s.sql, explanation: s.explanation, hazards: [...s.hazards], lock: s.lock, transactional: s.transactional })),
        });
      });
    },

    async plan(diagramId: string, design: DiagramDocument, targetId: string): Live<LivePlan> {
      const computed = await withTarget(targetId, (target, live) => computePlan(db, live.client, diagramId, design, target));
      return computed.ok ? ok(computed.value.dto) : computed;
    },

    async history(diagramId: string, targetId: string): Live<LiveHistory> {
      return withTarget(targetId, async (target, live) => ok({ target: target.id, database: target.database, entries: await readLiveHistory(live.client, diagramId) }));
    },

    /** Checks the plan is the one the person reviewed, then returns the run to stream. */
    async startApply(diagramId: string, design: DiagramDocument, targetId: string, request: ApplyRequest): Live<RunStart> {
      let target: LiveTarget | undefined;
      const computed = await withTarget(targetId, async (t, live) => {
        target = t;
        return computePlan(db, live.client, diagramId, design, t);
      });
      if (!computed.ok) return computed;
      const plan: ComputedPlan = computed.value;
      if (request.planId !== undefined && request.planId !== plan.dto.planId) {
        return err({ kind: 'plan_changed', message: 'the plan changed since it was shown (the diagram or the database changed): review the new plan, then apply again' });
      }
      const t = target!;
      return ok({
        run: async (onEvent) => {
          if (!plan.bundle) return ok({ direction: 'up', dryRun: request.dryRun ?? false, steps: [], totalMs: 0 });
          const result = await applyBundle(plan.bundle, {
            databaseUrl: t.url, dryRun: request.dryRun, confirm: request.confirm, backup: request.backup ?? 'schema',
            onEvent: (event) => onEvent(toLiveEvent(event, t.secrets)),
          });
          if (!request.dryRun) {
            const done = new Set(result.ok ? result.value.steps.map((s) => s.version) : result.error.kind === 'migration_failed' ? result.error.completed.map((s) => s.version) : []);
            await storeApplied(db, diagramId, t.id, plan.added.filter((m) => done.has(m.version)));
          }
          return toRunOutcome(result, t.secrets);
        },
      });
    },

    async startRollback(diagramId: string, targetId: string, request: RollbackRequest): Live<RunStart> {
      const target = await resolveTarget(connections, targetId);
      if (!target.ok) return target;
      const t = target.value;
      const applied = await loadStored(db, diagramId, t.id);
      const highest = applied.at(-1)?.version ?? 0;
      if (request.toVersion >= highest && highest > 0) return err({ kind: 'invalid_request', path: 'toVersion', message: `toVersion must be below the newest applied version (${highest})` });
      const bundle = await appliedBundle(diagramId, applied, applied.at(-1)?.document.target.postgresVersion ?? 17);
      if (!bundle) return err({ kind: 'invalid_request', path: 'toVersion', message: `nothing of this diagram was applied to ${t.label} by Tablecraft` });
      return ok({
        run: async (onEvent) => {
          const result = await rollbackBundle(bundle, {
            databaseUrl: t.url, toVersion: request.toVersion, dryRun: request.dryRun, confirm: request.confirm, backup: request.backup ?? 'schema',
            onEvent: (event) => onEvent(toLiveEvent(event, t.secrets)),
          });
          if (!request.dryRun) {
            const reverted = result.ok ? result.value.steps.map((s) => s.version) : result.error.kind === 'migration_failed' ? result.error.completed.map((s) => s.version) : [];
            await forgetReverted(db, diagramId, t.id, reverted);
          }
          return toRunOutcome(result, t.secrets);
        },
      });
    },
  };
}

export type LiveService = ReturnType<typeof createLiveService>;
