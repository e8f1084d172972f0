import type { DiagramDocument } from '../model/document';
import { advisorContext } from './context';
import { applyDismissals } from './exceptions';
import type { AdvisorFinding, FindingCategory } from './findings';
import { planTable } from './index-plan';
import { partitionChoice } from './partition-choice';
import { AdvisorOptions, type AdvisorOptionsInput } from './options';
import type { PatternCoverage, Proposal } from './proposals';
import type { TableRule } from './rule';
import { duplicateIndex } from './rules/duplicate-index';
import { fkWithoutIndex } from './rules/fk-without-index';
import { indexForPattern } from './rules/index-for-pattern';
import { intKeyOverflow } from './rules/int-key-overflow';
import { missingPrimaryKey } from './rules/missing-primary-key';
import { partitionByCategoryList } from './rules/partition-by-category-list';
import { partitionByTenantHash } from './rules/partition-by-tenant-hash';
import { partitionByTimeRange } from './rules/partition-by-time-range';
import { partitionNoPruning } from './rules/partition-no-pruning';
import { redundantPrefixIndex } from './rules/redundant-prefix-index';
import { typeJson } from './rules/type-json';
import { typeSerial } from './rules/type-serial';
import { typeTimestamp } from './rules/type-timestamp';
import { typeVarchar } from './rules/type-varchar';
import { unusedIndex } from './rules/unused-index';

/** Every rule, in the order its findings are listed for a table. */
export const ADVISOR_RULES: readonly TableRule[] = [
  missingPrimaryKey, indexForPattern, fkWithoutIndex, duplicateIndex, redundantPrefixIndex, unusedIndex,
  partitionByTimeRange, partitionByTenantHash, partitionByCategoryList, partitionNoPruning,
  intKeyOverflow, typeTimestamp, typeVarchar, typeSerial, typeJson,
];

export interface AdvisorSummary {
  /** Counts of findings not dismissed. */
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly accepted: number;
  readonly byCategory: Readonly<Record<Exclude<FindingCategory, 'normalization' | 'roles'>, number>>;
  readonly proposals: number;
  /** Access patterns an existing index serves, that a proposal would serve, and that no index can help. */
  readonly patterns: { readonly served: number; readonly proposed: number; readonly unindexable: number };
}

export interface AdvisorResult {
  readonly findings: AdvisorFinding[];
  readonly proposals: Proposal[];
  readonly coverage: PatternCoverage[];
  readonly summary: AdvisorSummary;
}

/**
 * The design advisor: index, partitioning and type advice from the document's
 * declared access patterns and volumes. Pure and deterministic (given
 * `options.today` for partition bounds); tables are visited in document order.
 */
export function adviseDocument(doc: DiagramDocument, options: AdvisorOptionsInput = {}): AdvisorResult {
  const ctx = advisorContext(doc, AdvisorOptions.parse(options));
  const findings: AdvisorFinding[] = [];
  const proposals: Proposal[] = [];
  const coverage: PatternCoverage[] = [];
  for (const table of doc.tables) {
    const plan = planTable(table, ctx);
    const tableFindings = ADVISOR_RULES.flatMap((rule) => rule(plan, ctx));
    findings.push(...tableFindings);
    coverage.push(...plan.coverage);
    proposals.push(...plan.proposals);
    for (const f of tableFindings) {
      if (f.category !== 'partitioning' || f.code === 'PARTITION_NO_PRUNING') continue;
      proposals.push({
        kind: 'partitioning', id: `${table.id}:${f.code}`, tableId: table.id,
        strategy: f.code === 'PARTITION_BY_TIME_RANGE' ? 'range' : f.code === 'PARTITION_BY_TENANT_HASH' ? 'hash' : 'list',
        patternIds: f.patternIds, arithmetic: partitionChoice(table, ctx)?.projection.text ?? '', reasons: [f.reason!],
        fix: f.fix?.kind === 'partition_table' ? f.fix : null,
      });
    }
  }
  const marked = applyDismissals(findings, doc.exceptions);
  return { findings: marked, proposals, coverage, summary: summarize(marked, proposals, coverage) };
}

function summarize(findings: readonly AdvisorFinding[], proposals: readonly Proposal[], coverage: readonly PatternCoverage[]): AdvisorSummary {
  const open = findings.filter((f) => !f.accepted);
  const count = (predicate: (f: AdvisorFinding) => boolean) => open.filter(predicate).length;
  return {
    errors: count((f) => f.severity === 'error'), warnings: count((f) => f.severity === 'warning'), infos: count((f) => f.severity === 'info'),
    accepted: findings.length - open.length,
    byCategory: { index: count((f) => f.category === 'index'), partitioning: count((f) => f.category === 'partitioning'), types: count((f) => f.category === 'types') },
    proposals: proposals.length,
    patterns: {
      served: coverage.filter((c) => c.servedBy?.kind === 'existing').length,
      proposed: coverage.filter((c) => c.servedBy?.kind === 'proposal').length,
      unindexable: coverage.filter((c) => c.servedBy === null).length,
    },
  };
}
