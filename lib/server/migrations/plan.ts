import type { LintFindingDto, PlanDto, PlanMigrationDto, PlanStatementDto } from '../../api/dto';
import type { DocumentRef } from '../../api/requests';
import { diffBundle, exportBundle, type Bundle, type BundleFile } from '../../bundle';
import { createStatements, renderScript, type DdlError, type Statement } from '../../ddl';
import { planMigration } from '../../ddl/plan';
import { lintMigrations } from '../../lint';
import { ok, type Result } from '../../result';
import { beforeOrEmpty, type Endpoints } from './documents';

export interface GenerateOptions {
  readonly safe: boolean;
  readonly extraFiles?: readonly BundleFile[];
}

/** The bundle of `lib/bundle`: the whole schema from an empty database, or the diff between two documents. */
export function generateBundle(endpoints: Endpoints, options: GenerateOptions): Promise<Result<Bundle, DdlError[]>> {
  const bundleOptions = { safe: options.safe, extraFiles: options.extraFiles };
  return endpoints.before === null
    ? exportBundle(endpoints.after, bundleOptions)
    : diffBundle(endpoints.before, endpoints.after, bundleOptions);
}

/**
 * The plan as the migrations page shows it: the bundle's migration files with
 * the statements of each (sql, lock, hazards, explanation) and the lint
 * findings on the generated UP files placed beside the statement they are about.
 */
export async function buildPlan(endpoints: Endpoints, refs: { from: DocumentRef; to: DocumentRef }, safe: boolean): Promise<Result<PlanDto, DdlError[]>> {
  const bundle = await generateBundle(endpoints, { safe });
  if (!bundle.ok) return bundle;
  const plan = planMigration(beforeOrEmpty(endpoints), endpoints.after, { safe });
  if (!plan.ok) return plan;
  const { manifest, files } = bundle.value;
  if (plan.value.steps.length !== manifest.migrations.length) {
    throw new Error(`buildPlan: the plan has ${plan.value.steps.length} steps but the bundle ${manifest.migrations.length} migrations`);
  }
  const text = (path: string) => {
    const file = files.find((f) => f.path === path);
    if (!file) throw new Error(`buildPlan: the bundle has no ${path}`);
    return file.contents;
  };

  const upFiles = manifest.migrations.map((m) => ({ name: `migrations/${m.up}`, text: text(`migrations/${m.up}`) }));
  const baseline = endpoints.before === null ? [] : baselineOf(endpoints.before);
  const report = await lintMigrations(upFiles, { pgVersion: manifest.targetPostgresVersion, baseline });

  const migrations = manifest.migrations.map((m, i): PlanMigrationDto => {
    const step = plan.value.steps[i]!;
    const upPath = `migrations/${m.up}`;
    const upSql = text(upPath);
    const placed = placeFindings(upSql, step.up.statements, report.findings.filter((f) => f.location.file === upPath));
    return {
      version: m.version, name: m.name, stage: m.stage, summary: m.summary,
      upPath, downPath: `migrations/${m.down}`, transactional: m.transactional,
      upSql, downSql: text(`migrations/${m.down}`),
      statements: step.up.statements.map((s, k) => toDto(s, placed.byStatement[k] ?? [])),
      downStatements: step.down.statements.map((s) => toDto(s, [])),
      fileFindings: placed.rest,
    };
  });
  return ok({
    from: refs.from, to: refs.to === 'empty' ? 'current' : refs.to,
    targetPostgresVersion: manifest.targetPostgresVersion, safe: manifest.safe, migrations,
    lint: { summary: report.summary, findings: [...report.findings] },
  });
}

/** The `from` schema as DDL: the linter treats its tables as existing (so it can tell a new table from a live one). */
function baselineOf(before: Endpoints['after']) {
  const statements = createStatements(before);
  return statements.ok ? [{ name: 'baseline.sql', text: renderScript(statements.value) }] : [];
}

const toDto = (s: Statement, findings: LintFindingDto[]): PlanStatementDto => ({
  sql: s.sql, lock: s.lock, transactional: s.transactional, hazards: [...s.hazards], explanation: s.explanation, findings,
});

/**
 * Which statement each finding is about: the statements appear in the file in
 * order (renderScript writes them verbatim), so their line ranges are found by
 * searching forward; a finding outside every range (the SET preamble, the file
 * as a whole) stays with the file.
 */
export function placeFindings(fileText: string, statements: readonly Statement[], findings: readonly LintFindingDto[]) {
  const lineAt = (offset: number) => fileText.slice(0, offset).split('\n').length;
  const ranges: { first: number; last: number }[] = [];
  let cursor = 0;
  for (const s of statements) {
    const at = fileText.indexOf(s.sql, cursor);
    if (at === -1) throw new Error(`placeFindings: statement not found in its file: ${s.sql.slice(0, 80)}`);
    ranges.push({ first: lineAt(at), last: lineAt(at + s.sql.length) });
    cursor = at + s.sql.length;
  }
  const byStatement: Record<number, LintFindingDto[]> = {};
  const rest: LintFindingDto[] = [];
  for (const finding of findings) {
    const k = ranges.findIndex((r) => finding.location.line >= r.first && finding.location.line <= r.last);
    if (k === -1) rest.push(finding);
    else (byStatement[k] ??= []).push(finding);
  }
  return { byStatement, rest };
}
