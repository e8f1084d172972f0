import type { DiagramDocument } from '../../lib/model/document';
import { createStatements, dropStatements } from '../../lib/ddl/generate';
import { describeErrors } from '../../lib/ddl/errors';
import type { Statement } from '../../lib/ddl/statement';
import { catalogSnapshot } from './catalog';
import { comparable } from './comparable';
import { execAll, type TestDatabase } from './databases';
import { EMPTY_SNAPSHOT, expectedSnapshot } from './expected';

export function upAndDown(doc: DiagramDocument): { up: Statement[]; down: Statement[] } {
  const up = createStatements(doc);
  const down = dropStatements(doc);
  if (!up.ok) throw new Error(`UP failed:\n${describeErrors(up.error)}`);
  if (!down.ok) throw new Error(`DOWN failed:\n${describeErrors(down.error)}`);
  return { up: up.value, down: down.value };
}

/** What the catalog holds vs what the document says, both reduced to comparable form. */
export async function catalogVsDocument(db: TestDatabase, doc: DiagramDocument) {
  return { actual: comparable(await catalogSnapshot(db)), expected: comparable(expectedSnapshot(doc)) };
}

export async function catalogIsEmpty(db: TestDatabase) {
  return { actual: comparable(await catalogSnapshot(db)), expected: comparable(EMPTY_SNAPSHOT) };
}

export { execAll };
