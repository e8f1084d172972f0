import type { Node } from 'libpg-query';
import { kindOf, labelOf, pick, qualifiedName, relationName, strings } from '../ast';
import { skipped, type MapInput, type Outcome } from '../context';

const OUTSIDE = 'not part of the diagram';

/**
 * Everything the diagram does not model. Each statement is named by kind and,
 * where it has one, by object, so the report can list what was left behind.
 */
export function mapSkipped({ ctx }: MapInput, node: Node | undefined): Outcome {
  const fn = pick(node, 'CreateFunctionStmt');
  if (fn) return skipped(fn.is_procedure ? 'procedure' : 'function', labelOf(qualifiedName(strings(fn.funcname))), `functions and procedures are ${OUTSIDE}`);
  const trigger = pick(node, 'CreateTrigStmt');
  if (trigger) return skipped('trigger', `${trigger.trigname ?? ''} on ${labelOf(relationName(trigger.relation))}`, `triggers are ${OUTSIDE}`);
  const view = pick(node, 'ViewStmt');
  if (view) {
    ctx.skippedRelations.set(keyName(relationName(view.view)), 'view');
    return skipped('view', relationName(view.view), `views are ${OUTSIDE}`);
  }
  const tableAs = pick(node, 'CreateTableAsStmt');
  if (tableAs) {
    const kind = tableAs.objtype === 'OBJECT_MATVIEW' ? 'materialized view' : 'table as select';
    const name = relationName(tableAs.into?.rel);
    ctx.skippedRelations.set(keyName(name), kind);
    return skipped(kind, name, kind === 'materialized view' ? `materialized views are ${OUTSIDE}` : 'CREATE TABLE … AS has no column list to import');
  }
  const define = pick(node, 'DefineStmt');
  if (define) {
    const kind = (define.kind ?? 'OBJECT_TYPE').replace(/^OBJECT_/, '').toLowerCase().replace(/_/g, ' ');
    return skipped(kind, labelOf(qualifiedName(strings(define.defnames))), `${kind}s are ${OUTSIDE}`);
  }
  const grant = pick(node, 'GrantStmt');
  if (grant) return skipped(grant.is_grant ? 'grant' : 'revoke', null, `privileges are ${OUTSIDE}`);
  const set = pick(node, 'VariableSetStmt');
  if (set) return skipped('set', set.name ?? null, 'session settings are not part of a schema');
  if (pick(node, 'SelectStmt')) return skipped('select', null, 'queries (pg_dump\'s set_config calls) are not part of a schema');
  const copy = pick(node, 'CopyStmt');
  if (copy) return skipped('copy', copy.relation ? relationName(copy.relation) : null, 'table data is not imported');
  const owner = pick(node, 'AlterOwnerStmt');
  if (owner) return skipped('ownership', null, 'object ownership is not part of the diagram');
  const rule = pick(node, 'RuleStmt');
  if (rule) return skipped('rule', `${rule.rulename ?? ''} on ${labelOf(relationName(rule.relation))}`, `rules are ${OUTSIDE}`);
  const policy = pick(node, 'CreatePolicyStmt');
  if (policy) return skipped('policy', `${policy.policy_name ?? ''} on ${labelOf(relationName(policy.table))}`, `row security policies are ${OUTSIDE}`);
  const publication = pick(node, 'CreatePublicationStmt') ?? pick(node, 'AlterPublicationStmt');
  if (publication) return skipped('publication', publication.pubname ?? null, `publications are ${OUTSIDE}`);
  return skipped(kindFromNode(kindOf(node)), null, `${kindFromNode(kindOf(node))} statements are ${OUTSIDE}`);
}

const keyName = (q: { schema: string; name: string }) => `${q.schema}.${q.name}`;

/** `AlterFunctionStmt` → `alter function`, `CreateEventTrigStmt` → `create event trig`. */
function kindFromNode(kind: string): string {
  return kind.replace(/Stmt$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
