import type { ApiProblem } from '@/lib/server/http/problems';
import { zodIssuesToProblems } from '@/lib/model/parse';
import { PGBOUNCER_VERSIONS, Workload, type PgBouncerVersion } from '@/lib/model/workload';
import { buildConfig, pgbouncerSettings } from '@/lib/pooling/config';
import { diffSettings, parseVersion } from '@/lib/pooling/live-diff';
import { planPools } from '@/lib/pooling/sizing';
import { err, ok, type Result } from '@/lib/result';
import { liveErrorResponse } from '@/lib/server/connections/http';
import { getDiagram } from '@/lib/server/diagrams';
import { diagramErrorResponse, diagramIdParam, errorResponse, summarize, toApiProblems } from '@/lib/server/http';
import { redact } from '@/lib/server/live/redact';
import { applyLive, readLive, type AdminError, type LiveState } from '@/lib/server/pgbouncer/admin';
import type { ConsoleTarget } from './console-target';
import type { PgBouncerApplyDto, PgBouncerDiffDto, PgBouncerStatusDto } from './dto';

/**
 * The three questions the routes answer about a running PgBouncer — what is it
 * running, how does it differ from what Tablecraft generates, and make it so —
 * composed from the admin-console client and the generator. Failures are HTTP
 * answers already (this is the edge); every message passes through `redact`.
 */
type Answer<T> = Promise<Result<T, Response>>;

export async function status(console: ConsoleTarget): Answer<PgBouncerStatusDto> {
  const live = await readLive(console.target);
  if (!live.ok) return err(consoleFailure(console, live.error));
  return ok(statusDto(console, live.value));
}

export async function diff(console: ConsoleTarget, source: { diagramId?: string; workload?: unknown }, version?: PgBouncerVersion): Answer<PgBouncerDiffDto> {
  const workload = await workloadOf(source);
  if (!workload.ok) return workload;
  const live = await readLive(console.target);
  if (!live.ok) return err(consoleFailure(console, live.error));
  return compare(console, workload.value, live.value, version);
}

/** SETs the confirmed settings that apply live (all of them when `keys` is absent), then reads PgBouncer again. */
export async function apply(console: ConsoleTarget, source: { diagramId?: string; workload?: unknown }, version: PgBouncerVersion | undefined, keys?: readonly string[]): Answer<PgBouncerApplyDto> {
  const workload = await workloadOf(source);
  if (!workload.ok) return workload;
  const before = await readLive(console.target);
  if (!before.ok) return err(consoleFailure(console, before.error));
  const planned = compare(console, workload.value, before.value, version);
  if (!planned.ok) return planned;
  const changes = planned.value.changes;
  const chosen = keys === undefined ? changes : changes.filter((c) => keys.includes(c.key));
  const applied = await applyLive(console.target, chosen.filter((c) => c.action === 'set'));
  if (!applied.ok) return err(consoleFailure(console, applied.error));
  const after = await readLive(console.target);
  if (!after.ok) return err(consoleFailure(console, after.error));
  const now = compare(console, workload.value, after.value, planned.value.generatedVersion);
  if (!now.ok) return now;
  return ok({
    applied: [...applied.value.applied],
    failed: applied.value.failed.map((f) => ({ key: f.key, message: redact(f.message, console.secrets) })),
    needsRestart: changes.filter((c) => c.action === 'restart').map((c) => c.key),
    unsupported: changes.filter((c) => c.action === 'unsupported').map((c) => c.key),
    skipped: (keys ?? []).filter((key) => !changes.some((c) => c.key === key)),
    after: now.value,
  });
}

function compare(console: ConsoleTarget, workload: Workload, live: LiveState, requested: PgBouncerVersion | undefined): Result<PgBouncerDiffDto, Response> {
  const running = parseVersion(live.version, PGBOUNCER_VERSIONS);
  const [version, versionSource] = requested ? [requested, 'request' as const] : running ? [running, 'running' as const] : [workload.pgbouncer.version, 'workload' as const];
  const forVersion = { ...workload, pgbouncer: { ...workload.pgbouncer, version } };
  const plan = planPools(forVersion);
  if (!plan.ok) {
    const message = summarize('the workload does not fit the server', plan.error.map((p) => ({ path: p.path, message: p.message })));
    return err(liveErrorResponse({ kind: 'cannot_plan', message }));
  }
  const wanted = pgbouncerSettings(buildConfig(forVersion, plan.value));
  return ok({ status: statusDto(console, live), generatedVersion: version, versionSource, changes: diffSettings(wanted, live.config) });
}

async function workloadOf(source: { diagramId?: string; workload?: unknown }): Answer<Workload> {
  if (source.workload !== undefined) {
    const checked = Workload.safeParse(source.workload);
    if (checked.success) return ok(checked.data);
    const problems: ApiProblem[] = toApiProblems(zodIssuesToProblems(checked.error.issues).map((p) => ({ ...p, path: ['workload', ...p.path] })), 'workload');
    return err(errorResponse({ code: 'invalid_request', message: summarize('the workload is not valid', problems), problems }));
  }
  const id = diagramIdParam(source.diagramId ?? '');
  if (!id.ok) return err(errorResponse(id.error));
  const diagram = await getDiagram(id.value);
  if (!diagram.ok) return err(diagramErrorResponse(diagram.error));
  const workload = diagram.value.document.workload;
  if (!workload) return err(liveErrorResponse({ kind: 'cannot_plan', message: `diagram "${diagram.value.name}" has no saved workload: fill in and save the form on its Pooling page, or send the workload` }));
  return ok(workload);
}

function statusDto(console: ConsoleTarget, live: LiveState): PgBouncerStatusDto {
  // Nothing here should hold the password; the scrub is for the row values PgBouncer prints (e.g. a connect string).
  const scrub = <T,>(value: T): T => JSON.parse(redact(JSON.stringify(value), console.secrets)) as T;
  return scrub({ console: console.label, version: live.version, settings: live.config.map((s) => ({ ...s })), databases: [...live.databases], pools: [...live.pools] });
}

function consoleFailure(console: ConsoleTarget, error: AdminError): Response {
  const message = redact(error.message, console.secrets);
  const reason = error.kind === 'query' ? 'database_error' : /password|authentication|not allowed|no such user/i.test(message) ? 'auth_failed' : 'unreachable';
  return liveErrorResponse({ kind: 'connection_failed', reason, message: error.kind === 'query' ? `the PgBouncer admin console at ${console.label} refused a command: ${message}` : message });
}
