import type { PgNode } from './parse-sql';
import type { MigrationView } from './state';
import type { RuleHit, RuleInfo } from './types';

/** Facts about the file a statement is in. */
export interface FileFacts {
  readonly name: string;
  /** The file starts with `-- tablecraft:no-transaction`, so Tablecraft runs it statement by statement. */
  readonly noTransactionMarker: boolean;
  /** The file has its own BEGIN/COMMIT (or similar) statements. */
  readonly hasTransactionStatements: boolean;
}

/** Everything a rule may look at: the statement, its file, the migration so far and the target version. */
export interface StatementContext {
  readonly node: PgNode;
  /** 0-based position in the file. */
  readonly index: number;
  /** The statement's SQL text. */
  readonly text: string;
  readonly file: FileFacts;
  /** The state *before* this statement runs. */
  readonly state: MigrationView;
  readonly pgVersion: number;
}

/** A lint rule: its documentation plus a pure check of one statement. */
export interface LintRule extends RuleInfo {
  check(context: StatementContext): RuleHit[];
}

/** Identity, for type inference and to keep rule files uniform. */
export const defineRule = (rule: LintRule): LintRule => rule;

/** Whether the statement runs inside a transaction block: explicit BEGIN, or the whole file as one transaction. */
export function runsInTransactionBlock(context: StatementContext): boolean {
  return context.state.inTransactionBlock || !context.file.noTransactionMarker;
}
