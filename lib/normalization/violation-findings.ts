import { EMPTY, indices, type AttrSet } from './attr-set';
import type { TableContext } from './context';
import { tableNameFor } from './context';
import { columnSet, finding, listNames, type Finding, type FindingCode } from './findings';
import type { NormalFormReport, Violation, ViolationKind } from './normal-forms';
import { freeTableName } from './remove-columns';

const CODES: Record<ViolationKind, FindingCode> = {
  partial: 'NF2_PARTIAL_DEPENDENCY',
  transitive: 'NF3_TRANSITIVE_DEPENDENCY',
  non_key_determinant: 'BCNF_NON_KEY_DETERMINANT',
};

/**
 * Turns the relational violations of a table into findings: one per kind and
 * determinant, with all its dependents together (zip → city, state is one
 * problem and one fix, not two). These come from declared or key-implied
 * dependencies, so they are errors.
 */
export function violationFindings(ctx: TableContext, report: NormalFormReport): Finding[] {
  const groups = new Map<string, { first: Violation; dependent: AttrSet }>();
  for (const v of report.violations) {
    const id = `${v.kind}:${v.determinant}`;
    const group = groups.get(id);
    if (group) group.dependent |= v.dependent;
    else groups.set(id, { first: v, dependent: v.dependent });
  }
  return [...groups.values()].map(({ first, dependent }) => toFinding(ctx, report, first, dependent));
}

function toFinding(ctx: TableContext, report: NormalFormReport, v: Violation, dependentSet: AttrSet): Finding {
  const { relation, table } = ctx;
  const determinant = relation.ids(v.determinant);
  const dependent = relation.ids(dependentSet);
  const det = columnSet(relation.columns(v.determinant).map((c) => c.name));
  const dep = listNames(relation.columns(dependentSet).map((c) => c.name));
  const keyText = describeKeys(ctx, report);
  const one = indices(dependentSet).length === 1;
  const message = v.kind === 'partial'
    ? `In "${table.name}", ${dep} ${one ? 'depends' : 'depend'} on ${det} alone, which is only part of the key ${columnSet(relation.columns(v.key ?? EMPTY).map((c) => c.name))}: the same value is stored again in every row with the same ${det}. Move ${dep} to a table keyed by ${det}.`
    : v.kind === 'transitive'
      ? `In "${table.name}", ${dep} ${one ? 'depends' : 'depend'} on ${det}, which is not a key (${keyText}): the key determines ${det} and ${det} determines ${dep}, so ${dep} is repeated for every row sharing ${det} and can drift. Move ${dep} to a table keyed by ${det}.`
      : `In "${table.name}", ${det} determines ${dep}, which is part of a key, but ${det} is not a key itself (${keyText}). The table is in 3NF but not BCNF; splitting it would lose the dependency that the key enforces.`;
  const fixable = v.kind !== 'non_key_determinant';
  // 3NF is the product's target. A table in 3NF but not BCNF is worth knowing
  // about, but the BCNF split would lose a dependency, so it must not fail CI.
  return finding({
    code: CODES[v.kind], severity: fixable ? 'error' : 'warning', tableId: table.id,
    columnIds: [...determinant, ...dependent],
    dependency: { determinant, dependent },
    normalForm: v.normalForm,
    message,
    fix: fixable ? { kind: 'decompose', tableId: table.id, determinant, dependent, newTableName: freeTableName(ctx.doc, table.schemaId, tableNameFor(relation.columns(v.determinant).map((c) => c.name))) } : null,
  });
}

function describeKeys(ctx: TableContext, report: NormalFormReport): string {
  const keys = report.keys.map((k) => columnSet(ctx.relation.columns(k).map((c) => c.name)));
  const text = keys.length === 1 ? `the key is ${keys[0]}` : `the keys are ${listNames(keys.slice(0, 5))}${keys.length > 5 ? ', …' : ''}`;
  return report.keysPartial ? `${text}, among others not searched` : text;
}
