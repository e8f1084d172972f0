import type { DiagramDocument } from '../model/document';
import type { Table } from '../model/table';
import { err, ok } from '../result';
import type { CommandError, StepResult } from './command';

/**
 * Small helpers for writing commands that keep every untouched object shared
 * (so history patches stay small and memoized canvas pieces do not re-render).
 */
export const notFound = (message: string) => err<CommandError>({ kind: 'not_found', message });
export const invalid = (message: string) => err<CommandError>({ kind: 'invalid', message });

/** Maps a list, returning the same array when no item changed. */
export function mapShared<T>(items: readonly T[], change: (item: T) => T): T[] {
  let changed = false;
  const out = items.map((item) => {
    const next = change(item);
    if (next !== item) changed = true;
    return next;
  });
  return changed ? out : (items as T[]);
}

/** Filters a list, returning the same array when nothing was dropped. */
export function filterShared<T>(items: readonly T[], keep: (item: T) => boolean): T[] {
  const out = items.filter(keep);
  return out.length === items.length ? (items as T[]) : out;
}

export function tableById(doc: DiagramDocument, tableId: string): Table | undefined {
  return doc.tables.find((t) => t.id === tableId);
}

/** Applies `change` to one table; a missing table is a `not_found` error. */
export function withTable(doc: DiagramDocument, tableId: string, change: (table: Table) => Table | StepError): StepResult {
  const table = tableById(doc, tableId);
  if (!table) return notFound(`there is no table with id "${tableId}" in this diagram`);
  const next = change(table);
  if (isStepError(next)) return err(next.error);
  return ok(next === table ? doc : { ...doc, tables: doc.tables.map((t) => (t.id === tableId ? next : t)) });
}

export type StepError = { stepError: true; error: CommandError };
export const stepError = (kind: CommandError['kind'], message: string): StepError => ({ stepError: true, error: { kind, message } });
function isStepError(value: unknown): value is StepError {
  return typeof value === 'object' && value !== null && 'stepError' in value;
}

/** `{ ...object, ...changes }`, or the object itself when no value differs (so a no-op stays a no-op). */
export function patchObject<T extends object>(object: T, changes: Partial<NoInfer<T>>): T {
  const differs = (Object.keys(changes) as (keyof T)[]).some((key) => changes[key] !== undefined && !sameValue(object[key], changes[key]));
  if (!differs) return object;
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<T>;
  return { ...object, ...defined };
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
