import { columnList, refLabel, refSql } from '../emit/fragments';
import type { ObjectRef, SchemaModel } from '../schema-model';
import { statement, type Statement } from '../statement';
import type { PlanUnit } from './types';

/**
 * Expand/contract for a table rename: PostgreSQL has no table alias, but a view
 * selecting the columns of one table is automatically updatable, so a view under the old
 * name lets running clients read and write through it until they are deployed
 * with the new name; the contract migration drops it.
 */
export interface RenamedTable {
  readonly old: ObjectRef;
  readonly current: ObjectRef;
  /** The table's columns when the view is made; listed, so columns added later (a shadow column) never become view dependencies. */
  readonly columns: readonly string[];
}

export function compatibilityView(r: RenamedTable): Statement {
  return statement(`CREATE VIEW ${refSql(r.old)} AS SELECT ${columnList(r.columns)} FROM ${refSql(r.current)}`,
    `Expand: a view under the old name ${refLabel(r.old)} over ${refLabel(r.current)}; a single-table view is updatable, so running clients keep reading and writing through the old name (columns added later are not in it).`);
}

export function dropCompatibilityView(r: RenamedTable, why: string): Statement {
  return statement(`DROP VIEW IF EXISTS ${refSql(r.old)}`, `${why} drops the compatibility view ${refLabel(r.old)}; clients still using the old name fail from here on.`,
    { lock: 'ACCESS EXCLUSIVE', hazards: ['BREAKS_RUNNING_CLIENTS'] });
}

/** Tables kept by id whose name changes within the same schema (a schema move keeps the in-place path). */
export function renamedTables(m0: SchemaModel, m5: SchemaModel): RenamedTable[] {
  return m5.tables.flatMap((t) => {
    const old = m0.tables.find((o) => o.id === t.id);
    return old && old.ref.schema === t.ref.schema && old.ref.name !== t.ref.name ? [{ old: old.ref, current: t.ref, columns: t.columns.map((c) => c.name) }] : [];
  });
}

/** The main step's DOWN renames the tables back: their compatibility views have to go first. */
export function withoutViews(down: PlanUnit, renames: readonly RenamedTable[]): PlanUnit {
  if (renames.length === 0) return down;
  return { ...down, statements: [...renames.map((r) => dropCompatibilityView(r, 'Before renaming the table back,')), ...down.statements] };
}

/** The rename emitted for a table that gets a compatibility view. */
export function renameKeepingOldName(s: Statement, r: RenamedTable): Statement {
  return {
    ...s,
    hazards: s.hazards.filter((h) => h !== 'BREAKS_RUNNING_CLIENTS'),
    explanation: `Expand: renames ${refLabel(r.old)} to "${r.current.name}"; the view created at the end of this migration keeps the old name working until the CONTRACT migration drops it.`,
  };
}
