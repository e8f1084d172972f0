import { err, ok, type Result } from '../lib/result';
import type { DocumentProblem } from '../lib/model/problems';

/**
 * Parses JSON text, turning a syntax error into a problem that says where: V8
 * reports a character position, which people read as line and column.
 */
export function parseJsonText(text: string): Result<unknown, DocumentProblem> {
  try {
    return ok(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    // Newer V8 versions already add "(line 3 column 3)" themselves.
    const where = position && !/\bline \d+/.test(message) ? ` (line ${lineAndColumn(text, Number(position[1]))})` : '';
    return err({ path: [], message: `not valid JSON${where}: ${message}` });
  }
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${line}, column ${column}`;
}
