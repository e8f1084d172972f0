import type { Hazard, Statement } from '../ddl/statement';

/** Hazards that mean data can be lost or a step cannot be undone: the README lists these. */
const DESTRUCTIVE: readonly Hazard[] = ['DELETES_DATA', 'IRREVERSIBLE'];

export interface DestructiveStep {
  readonly file: string;
  readonly explanation: string;
  readonly hazards: readonly Hazard[];
}

export function destructiveSteps(file: string, statements: readonly Statement[]): DestructiveStep[] {
  return statements.filter((s) => s.hazards.some((h) => DESTRUCTIVE.includes(h)))
    .map((s) => ({ file, explanation: s.explanation, hazards: s.hazards }));
}

/** Counts per hazard, in a stable order. */
export function hazardCounts(statements: readonly Statement[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of statements) for (const h of s.hazards) counts[h] = (counts[h] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}
