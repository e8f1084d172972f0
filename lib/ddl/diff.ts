import type { DiagramDocument } from '../model/document';
import { err, ok, type Result } from '../result';
import type { DdlError } from './errors';
import { diffForeignKeys, diffTables } from './diff-tables';
import { diffSequences } from './diff-sequences';
import { diffNamespaces, diffTypes } from './diff-types';
import type { Operation } from './operations';
import { orderOperations } from './order';
import { resolveLeniently } from './resolve';

export interface DiffOptions {
  /** CREATE/DROP INDEX CONCURRENTLY on tables that already exist (not inside a transaction). Default false. */
  readonly concurrentIndexes?: boolean;
  /**
   * For DOWN scripts: an enum value the target lacks is kept (an explained
   * IRREVERSIBLE step) instead of failing, since PostgreSQL cannot drop one.
   */
  readonly keepRemovedEnumValues?: boolean;
}

/**
 * The operations that turn the database described by `before` into `after`, in
 * the order they must run. Objects are matched by id, so a renamed table or
 * column becomes a RENAME. `diff(emptyDocument(…), doc)` creates everything;
 * `diff(doc, emptyDocument(…))` drops everything.
 *
 * Fails with every reason the *after* document cannot be emitted for its target
 * PostgreSQL version, and with every change the diff cannot express safely.
 */
export function diff(before: DiagramDocument, after: DiagramDocument, options: DiffOptions = {}): Result<Operation[], DdlError[]> {
  const from = resolveLeniently(before).model;
  const to = resolveLeniently(after);
  const errors: DdlError[] = [...to.errors];
  const ops: Operation[] = [];
  diffNamespaces(from, to.model, ops);
  diffTypes(from, to.model, ops, errors, options.keepRemovedEnumValues ?? false);
  diffSequences(from, to.model, ops, errors);
  diffTables(from, to.model, ops, errors, { concurrentIndexes: options.concurrentIndexes ?? false });
  diffForeignKeys(from, to.model, ops);
  return errors.length > 0 ? err(errors) : ok(orderOperations(ops));
}
