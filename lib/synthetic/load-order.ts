import type { DiagramDocument } from '../model/document';
import type { Table } from '../model/table';

export interface LoadOrder {
  /** Parents before children. */
  readonly tables: readonly Table[];
  /** Foreign keys whose parent loads after the child (a cycle was broken there); their columns are left NULL. */
  readonly deferred: ReadonlySet<string>;
}

/**
 * Orders tables so every parent is filled before its children (Kahn's
 * algorithm over the foreign keys, self-references ignored). A cycle is broken
 * at a table whose remaining foreign keys are all nullable, preferring the one
 * with fewest of them; its keys into the cycle stay NULL.
 */
export function loadOrder(doc: DiagramDocument): LoadOrder {
  const pending = new Map(doc.tables.map((t) => [t.id, t]));
  const done = new Set<string>();
  const deferred = new Set<string>();
  const ordered: Table[] = [];
  const nullable = (relId: string) => {
    const rel = doc.relationships.find((r) => r.id === relId)!;
    const table = doc.tables.find((t) => t.id === rel.fromTableId)!;
    return rel.fromColumnIds.some((id) => table.columns.find((c) => c.id === id)?.nullable);
  };
  const waitingOn = (table: Table) => doc.relationships.filter((r) => r.fromTableId === table.id && r.toTableId !== table.id && !done.has(r.toTableId));
  while (pending.size > 0) {
    const ready = [...pending.values()].filter((t) => waitingOn(t).length === 0);
    if (ready.length > 0) {
      for (const table of ready) {
        ordered.push(table);
        done.add(table.id);
        pending.delete(table.id);
      }
      continue;
    }
    const candidates = [...pending.values()]
      .map((t) => ({ t, waits: waitingOn(t) }))
      .sort((a, b) => Number(b.waits.every((r) => nullable(r.id))) - Number(a.waits.every((r) => nullable(r.id))) || a.waits.length - b.waits.length);
    const pick = candidates[0]!;
    for (const r of pick.waits) deferred.add(r.id);
    ordered.push(pick.t);
    done.add(pick.t.id);
    pending.delete(pick.t.id);
  }
  return { tables: ordered, deferred };
}
