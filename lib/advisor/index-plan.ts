import type { Table } from '../model/table';
import { readingPatterns, type AdvisorContext } from './context';
import { describeIndex, designIndex, proposedShape } from './design';
import type { IndexProposal, PatternCoverage } from './proposals';
import { requirementFor, type Requirement } from './requirement';
import { serves } from './serves';
import { indexShapes, type IndexShape } from './shapes';
import { isConstantFilter } from './predicates';

/** What the index rules share about one table: its indexes, what each pattern needs, and the proposals. */
export interface TablePlan {
  readonly table: Table;
  readonly shapes: readonly IndexShape[];
  readonly requirements: ReadonlyMap<string, Requirement>;
  readonly proposals: readonly IndexProposal[];
  readonly coverage: readonly PatternCoverage[];
}

/**
 * For each pattern: the requirement; skip it when an existing index serves it;
 * otherwise design an index. Then merge: longer proposals go first, and a
 * proposal that another (kept) proposal serves is folded into it, so the prefix
 * (user_id) disappears into (user_id, created_at DESC).
 */
export function planTable(table: Table, ctx: AdvisorContext): TablePlan {
  const shapes = indexShapes(table);
  const patterns = readingPatterns(table);
  const equalityUse = new Map<string, number>();
  for (const p of patterns) {
    for (const f of p.filters) if ((f.operator === 'eq' || f.operator === 'in') && !isConstantFilter(f)) equalityUse.set(f.columnId, (equalityUse.get(f.columnId) ?? 0) + 1);
  }
  const requirements = new Map<string, Requirement>();
  const coverage = new Map<string, PatternCoverage['servedBy']>();
  const open: Requirement[] = [];
  for (const pattern of patterns) {
    const req = requirementFor({ table, pattern, options: ctx.options, equalityUse });
    if (!req) {
      coverage.set(pattern.id, null);
      continue;
    }
    requirements.set(pattern.id, req);
    const existing = shapes.find((s) => serves(s, req, table));
    if (existing) coverage.set(pattern.id, { kind: 'existing', name: existing.name });
    else open.push(req);
  }
  const taken = ctx.takenNames.get(table.schemaId) ?? new Set<string>();
  ctx.takenNames.set(table.schemaId, taken);
  const drafts = open.map((req, order) => ({ req, order, shape: proposedShape(designIndex(table, req, null)) }))
    .sort((a, b) => b.shape.keys.length - a.shape.keys.length || a.order - b.order);
  const kept: { reqs: Requirement[]; shape: IndexShape }[] = [];
  for (const draft of drafts) {
    const host = kept.find((k) => serves(k.shape, draft.req, table));
    if (host) host.reqs.push(draft.req);
    else kept.push({ reqs: [draft.req], shape: draft.shape });
  }
  const proposals = kept.sort((a, b) => Math.min(...a.reqs.map((r) => open.indexOf(r))) - Math.min(...b.reqs.map((r) => open.indexOf(r))))
    .map(({ reqs }) => proposal(table, reqs, taken));
  for (const p of proposals) for (const id of p.patternIds) coverage.set(id, { kind: 'proposal', proposalId: p.id });
  return {
    table, shapes, requirements, proposals,
    coverage: patterns.map((p) => ({ tableId: table.id, patternId: p.id, servedBy: coverage.get(p.id) ?? null })),
  };
}

function proposal(table: Table, reqs: readonly Requirement[], taken: Set<string>): IndexProposal {
  const [first, ...others] = reqs;
  const index = designIndex(table, first!, { taken, reserve: true });
  const patternName = (id: string) => table.accessPatterns.find((p) => p.id === id)!.name;
  const reasons = [...first!.reasons];
  if (others.length > 0) reasons.push(`Also serves ${others.map((r) => `"${patternName(r.patternId)}"`).join(', ')}: ${others.length > 1 ? 'their' : 'its'} keys are a prefix of this index, so a separate index would be redundant.`);
  const patternIds = reqs.map((r) => r.patternId);
  return {
    kind: 'index', id: `${table.id}:${index.name}`, tableId: table.id, patternIds, index, reasons,
    fix: {
      kind: 'add_index', tableId: table.id, index,
      description: `Add index ${index.name} ${describeIndex(table, index)} on ${table.name} for ${patternIds.map((id) => `"${patternName(id)}"`).join(', ')}`,
    },
  };
}
