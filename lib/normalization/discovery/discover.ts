import type { DiagramDocument, Table } from '../../model';
import { err, ok, type Result } from '../../result';
import { bit, indices, setOf, type AttrSet } from '../attr-set';
import { closureOf } from '../closure';
import { tableRelation } from '../table-dependencies';
import { encodeColumn, type EncodedColumn } from './encode';
import { excludedByExceptions } from './exceptions';
import { searchDependencies } from './search';
import { dependencySuggestion, keySuggestion, type SuggestionContext } from './suggestion';
import { DiscoveryOptions, type DataDependencySuggestion, type DiscoveryError, type DiscoveryOptionsInput, type TableDiscovery, type TableSample } from './types';

/**
 * Finds minimal functional dependencies X → A (|X| ≤ maxLhs) that hold, exactly
 * or up to `maxError`, on a table's sampled rows, and offers the ones the
 * schema does not already state as suggestions. Skipped: anything implied by the
 * primary key, NOT NULL uniques and declared dependencies (closure); snapshot
 * columns as dependents (deliberate copies); dependencies an accepted exception
 * covers; (nearly) constant columns as dependents. A column set unique in the
 * sample is offered once as a key of the sample instead of as X → everything.
 */
export function discoverTableDependencies(
  doc: DiagramDocument, sample: TableSample, options: DiscoveryOptionsInput = {},
): Result<TableDiscovery, DiscoveryError> {
  const opts = DiscoveryOptions.parse(options);
  const table = doc.tables.find((t) => t.id === sample.tableId);
  if (!table) return err({ kind: 'table_not_found', message: `no table with id "${sample.tableId}" in the diagram` });
  const checked = checkSample(table, sample);
  if (checked) return err({ kind: 'invalid_sample', message: checked });

  const relation = tableRelation(table);
  const close = closureOf(relation.fds);
  const position = new Map(relation.columnIds.map((id, i) => [id, i]));
  const positions = sample.columnIds.map((id) => position.get(id)!);
  const toTable = (s: AttrSet) => setOf(indices(s).map((k) => positions[k]!));
  const fromTable = (s: AttrSet) => setOf(positions.flatMap((p, k) => ((s >> BigInt(p)) & 1n ? [k] : [])));
  const columns = sample.columnIds.map((_, k) => encodeColumn(sample.rows, k));
  const dependents = setOf(sample.columnIds.flatMap((id, k) => (table.columns[position.get(id)!]!.snapshotOf ? [] : [k])));

  const found = searchDependencies({
    columns, rowCount: sample.rows.length, dependents,
    known: (lhs) => fromTable(close(toTable(lhs))),
    maxLhs: opts.maxLhs, maxError: opts.maxError, minEvidence: opts.minEvidence,
  });

  const ctx: SuggestionContext = {
    table, sampledRows: sample.rows.length, maxError: opts.maxError,
    ids: (s) => indices(s).map((k) => sample.columnIds[k]!),
    hasNull: (s) => indices(s).some((k) => columns[k]!.hasNull),
  };
  const excluded = excludedByExceptions(doc, table.id);
  const suggestions: DataDependencySuggestion[] = [];
  // Exact dependencies with the same determinant read as one: zip → city, state.
  const exactByLhs = new Map<AttrSet, { rhs: AttrSet; repeats: number; evidence: number }>();
  for (const d of found.dependencies) {
    if (excluded(ctx.ids(d.lhs), sample.columnIds[d.rhs]!)) continue;
    if (d.violations > 0) {
      suggestions.push(dependencySuggestion(ctx, d.lhs, bit(d.rhs), d));
      continue;
    }
    const group = exactByLhs.get(d.lhs);
    if (group) {
      group.rhs |= bit(d.rhs);
      group.evidence = Math.min(group.evidence, d.evidence); // the group is as sure as its weakest member
    } else exactByLhs.set(d.lhs, { rhs: bit(d.rhs), repeats: d.repeats, evidence: d.evidence });
  }
  for (const [lhs, group] of exactByLhs) suggestions.push(dependencySuggestion(ctx, lhs, group.rhs, { violations: 0, ...group }));
  for (const key of found.sampleKeys) {
    if (!surprisinglyUnique(key, columns, sample.rows.length)) continue;
    const rest = dependents & ~key & ~fromTable(close(toTable(key)));
    if (rest !== 0n) suggestions.push(keySuggestion(ctx, key, rest));
  }

  suggestions.sort(bySeverityThenConfidence);
  return ok({
    tableId: table.id, tableName: table.name, sampledRows: sample.rows.length, suggestions,
    constantColumnIds: found.constant.map((k) => sample.columnIds[k]!),
    candidatesTested: found.candidatesTested,
  });
}

/**
 * One column unique in the sample is always worth a word. Several columns that
 * are each nearly unique are unique together by chance: a combination is offered
 * only when, were its columns independent, at least ten pairs of rows would have
 * been expected to collide on it.
 */
function surprisinglyUnique(key: AttrSet, columns: readonly EncodedColumn[], rows: number): boolean {
  const members = indices(key);
  if (members.length === 1) return true;
  const pairs = (rows * (rows - 1)) / 2;
  return members.reduce((expected, k) => expected * columns[k]!.agreement, pairs) >= 10;
}

function checkSample(table: Table, sample: TableSample): string | null {
  const known = new Set(table.columns.map((c) => c.id));
  const unknown = sample.columnIds.find((id) => !known.has(id));
  if (unknown) return `the sample of "${table.name}" has a column id "${unknown}" the table does not have`;
  if (new Set(sample.columnIds).size !== sample.columnIds.length) return `the sample of "${table.name}" names a column twice`;
  const bad = sample.rows.findIndex((r) => r.length !== sample.columnIds.length);
  if (bad >= 0) return `row ${bad} of the sample of "${table.name}" has ${sample.rows[bad]!.length} values for ${sample.columnIds.length} columns`;
  return null;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Deterministic order: most important first, then by determinant and dependent ids as text. */
function bySeverityThenConfidence(a: DataDependencySuggestion, b: DataDependencySuggestion): number {
  return RANK[a.severity] - RANK[b.severity]
    || (b.confidence ?? 0) - (a.confidence ?? 0)
    || a.columnIds.join(',').localeCompare(b.columnIds.join(','));
}
