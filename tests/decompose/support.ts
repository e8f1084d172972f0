import { expect } from 'vitest';
import { decompositionBundle, type Bundle } from '../../lib/bundle';
import { decompositionMigration } from '../../lib/ddl/decompose';
import { createStatements } from '../../lib/ddl/generate';
import type { DiagramDocument } from '../../lib/model/document';
import { applyFix } from '../../lib/normalization/fix';
import type { DocumentChange } from '../../lib/normalization/fix-types';
import { applyDowns, applyUps, expectBundle } from '../bundle/support/apply';
import { execAll, type TestDatabase } from '../support/databases';
import { catalogVsDocument } from '../support/roundtrip';
import type { Scenario } from './scenarios';

export interface Prepared {
  readonly after: DiagramDocument;
  readonly change: DocumentChange;
  readonly bundle: Bundle;
  /** The schema after the UP (the fixed document, plus the foreign key index when one was added). */
  readonly target: DiagramDocument;
}

export async function prepare(scenario: Scenario): Promise<Prepared> {
  const fixed = applyFix(scenario.before, scenario.fix);
  if (!fixed.ok) throw new Error(`the fix does not apply: ${fixed.error.message}`);
  const { document, change } = fixed.value;
  const bundle = expectBundle(await decompositionBundle(scenario.before, document, change));
  const migration = decompositionMigration(scenario.before, document, change);
  if (!migration.ok) throw new Error(migration.error.map((e) => e.message).join('; '));
  return { after: document, change, bundle, target: migration.value.document };
}

export async function load(db: TestDatabase, scenario: Scenario): Promise<unknown[]> {
  const create = createStatements(scenario.before);
  if (!create.ok) throw new Error(create.error.map((e) => e.message).join('; '));
  await execAll(db, create.value);
  await db.exec(scenario.rows);
  return db.query(scenario.original);
}

/**
 * `doc` with the moved columns of `change` at the end of their table: the DOWN
 * re-adds them with ADD COLUMN, and PostgreSQL cannot put a column back in the middle.
 */
export function withMovedColumnsLast(doc: DiagramDocument, change: DocumentChange): DiagramDocument {
  const out = structuredClone(doc);
  const moved = new Set(change.kind === 'drop_copied_columns' ? change.droppedColumns.map((c) => c.id) : change.movedColumns.map((m) => m.from));
  const table = out.tables.find((t) => t.id === change.table.id)!;
  table.columns = [...table.columns.filter((c) => !moved.has(c.id)), ...table.columns.filter((c) => moved.has(c.id))];
  return out;
}

export async function expectCatalog(db: TestDatabase, doc: DiagramDocument): Promise<void> {
  const { actual, expected } = await catalogVsDocument(db, doc);
  expect(actual).toEqual(expected);
}

export { applyDowns, applyUps };
