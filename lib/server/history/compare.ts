import type { DiagramDetail, PlanDto } from '../../api/dto';
import type { CompareDto, CompareMigrationDto, CompareSideDto } from '../../api/history-dto';
import type { CompareQuery, CompareRef } from '../../api/history-requests';
import { describeErrors } from '../../ddl';
import { compareDocuments } from '../../model/compare';
import type { DiagramDocument } from '../../model/document';
import { ok, type Result } from '../../result';
import { getDiagram, getVersion } from '../diagrams';
import type { DiagramError } from '../diagrams/errors';
import { buildPlan } from '../migrations';

const CURRENT_LABEL = 'Current diagram';

/**
 * Two states of a diagram side by side: what changed, object by object
 * (lib/model/compare.ts), and the migration that takes a database built from
 * `from` to `to` — the same generator, plan and lint as the Migrations page, so
 * what the review shows is what would be shipped.
 */
export async function compareDiagramStates(id: string, query: CompareQuery): Promise<Result<CompareDto, DiagramError>> {
  const current = await getDiagram(id);
  if (!current.ok) return current;
  const from = await side(id, query.from, current.value);
  if (!from.ok) return from;
  const to = await side(id, query.to, current.value);
  if (!to.ok) return to;

  const changes = compareDocuments(from.value.document, to.value.document);
  const version = (query.pg ?? to.value.document.target.postgresVersion) as DiagramDocument['target']['postgresVersion'];
  const retarget = (doc: DiagramDocument): DiagramDocument => ({ ...doc, target: { ...doc.target, postgresVersion: version } });
  const endpoints = { name: current.value.name, before: retarget(from.value.document), after: retarget(to.value.document) };
  const plan = await buildPlan(endpoints, { from: query.from, to: query.to }, query.safe);
  return ok({
    from: from.value,
    to: to.value,
    changes,
    migration: plan.ok ? asMigration(plan.value) : null,
    migrationProblem: plan.ok ? null : `these versions cannot be turned into a migration: ${describeErrors(plan.error.slice(0, 3))}`,
  });
}

async function side(id: string, ref: CompareRef, current: DiagramDetail): Promise<Result<CompareSideDto, DiagramError>> {
  if (ref === 'current') {
    return ok({
      ref, label: CURRENT_LABEL, kind: 'current', revision: current.revision, createdAt: current.updatedAt, authorName: null, document: current.document,
    });
  }
  const version = await getVersion(id, ref);
  if (!version.ok) return version;
  const { label, kind, revision, createdAt, authorName, document } = version.value;
  return ok({ ref, label, kind, revision, createdAt, authorName, document });
}

function asMigration(plan: PlanDto): CompareMigrationDto {
  const files = plan.migrations.map((m) => ({ upPath: m.upPath, downPath: m.downPath, upSql: m.upSql, downSql: m.downSql, transactional: m.transactional }));
  const hazards = plan.migrations.flatMap((m) => m.statements
    .filter((s) => s.hazards.length > 0)
    .map((s) => ({ file: m.upPath, sql: s.sql, hazards: s.hazards, explanation: s.explanation })));
  return {
    targetPostgresVersion: plan.targetPostgresVersion,
    safe: plan.safe,
    up: files.map((f) => f.upSql).join('\n'),
    // DOWN files undo the UP files in reverse order.
    down: [...files].reverse().map((f) => f.downSql).join('\n'),
    files,
    hazards,
    lint: plan.lint.summary,
  };
}
