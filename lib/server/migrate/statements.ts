import { splitStatements } from '../../migrations/split';

export interface ScriptStatement {
  readonly sql: string;
  /** 0-based character offset of the statement in its file. */
  readonly offset: number;
}

/**
 * The statements of a script with where each starts in the file, so an error
 * position PostgreSQL reports inside one statement becomes a line and column
 * of the file. SQL-standard bodies (`BEGIN ATOMIC … END`) would split wrongly,
 * so such a script stays one piece.
 */
export function scriptStatements(script: string): ScriptStatement[] {
  if (/\bBEGIN\s+ATOMIC\b/i.test(script)) return [{ sql: script, offset: 0 }];
  const out: ScriptStatement[] = [];
  let cursor = 0;
  for (const sql of splitStatements(script)) {
    const at = script.indexOf(sql, cursor);
    const offset = at === -1 ? cursor : at;
    out.push({ sql, offset });
    cursor = offset + sql.length;
  }
  return out;
}

/** Line and column (1-based) in the file of PostgreSQL's 1-based character `position` within a statement. */
export function fileLocation(script: string, statementOffset: number, position: string | undefined): { line: number; column: number } {
  const inStatement = position !== undefined && /^\d+$/.test(position) ? Number(position) - 1 : 0;
  const before = script.slice(0, statementOffset + inStatement);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
