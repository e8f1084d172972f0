import type { Table } from '../../model';
import type { AttrSet } from '../attr-set';
import { columnSet, listNames } from '../findings';
import type { DataDependencySuggestion, DeclareDependencyFix, SampleEvidence } from './types';

export interface SuggestionContext {
  readonly table: Table;
  readonly sampledRows: number;
  readonly maxError: number;
  /** Column ids of a set of sampled columns. */
  ids(s: AttrSet): string[];
  hasNull(s: AttrSet): boolean;
}

/**
 * How much a dependency that held on the sample can be trusted. The sample tests
 * X → A once for every row that repeats an X value, discounted by how often A
 * would agree by chance (`evidence`); a handful of tests proves little, hundreds
 * say a lot: e / (e + 20) gives 0.5 at 20 and 0.9 at 180. Capped at 0.95
 * because a sample is never the whole table, and reduced for approximate
 * dependencies, by up to half at the error limit.
 */
export function sampleConfidence(evidence: number, error: number, maxError: number): number {
  const base = Math.min(0.95, evidence / (evidence + 20));
  const penalty = error === 0 || maxError === 0 ? 1 : 1 - 0.5 * Math.min(1, error / maxError);
  return Math.max(0.01, Math.round(base * penalty * 100) / 100);
}

export interface Tested { readonly violations: number; readonly repeats: number; readonly evidence: number }

export function dependencySuggestion(ctx: SuggestionContext, lhs: AttrSet, rhs: AttrSet, tested: Tested): DataDependencySuggestion {
  const n = ctx.sampledRows;
  const { violations: exceptions, repeats } = tested;
  const error = exceptions / n;
  const evidence = Math.round(tested.evidence * 10) / 10;
  const confidence = sampleConfidence(tested.evidence, error, ctx.maxError);
  const determinant = ctx.ids(lhs);
  const dependent = ctx.ids(rhs);
  const det = names(ctx.table, determinant);
  const dep = names(ctx.table, dependent);
  const exact = exceptions === 0;
  const held = exact
    ? `holds on ${n} sampled rows (${repeats} of them repeat a ${columnSet(det)} value)`
    : `holds on ${percent(1 - error)} of ${n} rows (${exceptions} exception${exceptions === 1 ? '' : 's'})`;
  const reason = `${det.join(', ')} → ${dep.join(', ')} ${held}${nullNote(ctx, lhs | rhs)}`;
  const message = `In "${ctx.table.name}", ${listNames(dep)} ${dep.length === 1 ? 'is' : 'are'} determined by ${columnSet(det)} in the sampled data`
    + `${exact ? '' : `, apart from ${exceptions} row${exceptions === 1 ? '' : 's'}`}, and no key or declared dependency says so. `
    + (exact
      ? 'If it is a rule of the data, declare it and the normalization check will judge it; if it is a coincidence of the sample, ignore it.'
      : 'The exceptions may be typos of one value (a sign the data is already drifting apart) or show that the rule does not hold; look at them before declaring it.');
  return build(ctx, { determinant, dependent, confidence, reason, message, severity: exact && confidence >= 0.8 ? 'warning' : 'info' }, {
    kind: exact ? 'exact' : 'approximate', sampledRows: n, exceptions, error, repeats, evidence,
  });
}

export function keySuggestion(ctx: SuggestionContext, key: AttrSet, rest: AttrSet): DataDependencySuggestion {
  const n = ctx.sampledRows;
  const determinant = ctx.ids(key);
  const det = names(ctx.table, determinant);
  // Uniqueness on n rows: weak for a few rows, never proof (a key of the sample, not of the table).
  const confidence = Math.max(0.01, Math.round(Math.min(0.9, n / (n + 50)) * 100) / 100);
  const reason = `${columnSet(det)} is unique on ${n} sampled rows: a candidate key in the sample${nullNote(ctx, key)}`;
  const message = `In "${ctx.table.name}", no two sampled rows share ${columnSet(det)}, so it determines every other column in the sample. `
    + `If it identifies a row, make it a UNIQUE NOT NULL constraint (or declare it as a dependency); unique timestamps or free text are often unique by chance.`;
  return build(ctx, { determinant, dependent: ctx.ids(rest), confidence, reason, message, severity: 'info' }, {
    kind: 'sample_key', sampledRows: n, exceptions: 0, error: 0, repeats: 0, evidence: 0,
  });
}

interface Parts {
  readonly determinant: string[];
  readonly dependent: string[];
  readonly confidence: number;
  readonly reason: string;
  readonly message: string;
  readonly severity: 'warning' | 'info';
}

function build(ctx: SuggestionContext, p: Parts, sample: SampleEvidence): DataDependencySuggestion {
  const fix: DeclareDependencyFix = { kind: 'declare_dependency', tableId: ctx.table.id, determinant: p.determinant, dependent: p.dependent, note: `Found in the data: ${p.reason}.` };
  return {
    code: 'SUGGESTED_DATA_DEPENDENCY', severity: p.severity, tableId: ctx.table.id,
    columnIds: [...p.determinant, ...p.dependent],
    dependency: { determinant: p.determinant, dependent: p.dependent },
    normalForm: null, message: p.message,
    inferred: true, confidence: p.confidence, reason: p.reason, fix, sample,
    accepted: false, justification: null, exceptionId: null,
  };
}

function names(table: Table, ids: readonly string[]): string[] {
  return ids.map((id) => table.columns.find((c) => c.id === id)!.name);
}

function nullNote(ctx: SuggestionContext, s: AttrSet): string {
  return ctx.hasNull(s) ? '; NULL counts as one value here, equal to itself' : '';
}

/** 98.7%, never rounded up to 100% for an approximate dependency. */
function percent(fraction: number): string {
  const shown = Math.floor(fraction * 1000) / 10;
  return `${shown.toFixed(1)}%`;
}
