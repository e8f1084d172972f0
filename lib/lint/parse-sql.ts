import { loadModule, parseSync, scanSync, type Node } from 'libpg-query';

/**
 * The only door to the SQL parser (libpg-query: PostgreSQL's own parser in
 * WebAssembly, so it runs in the browser too). Everything else in lib/lint works
 * on the plain shapes below, so the parser can be swapped behind this file.
 *
 * Offsets: libpg-query reports statement and node locations as UTF-8 *byte*
 * offsets, but a syntax error's cursor position as a *character* index (it is
 * PostgreSQL's 1-based `cursorpos`, made 0-based). Both are turned into byte
 * offsets here so the rest of the linter has one unit.
 */

export type PgNode = Node;

export interface ParsedStatement {
  /** The statement's parse tree, a one-key object such as `{ AlterTableStmt: {…} }`. */
  readonly node: PgNode;
  /** Byte offsets into the file: the first token and the end (before the semicolon). */
  readonly start: number;
  readonly end: number;
}

export interface SqlComment {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface SyntaxProblem {
  readonly message: string;
  /** Byte offset. */
  readonly offset: number;
}

export interface ParsedSql {
  readonly statements: readonly ParsedStatement[];
  readonly comments: readonly SqlComment[];
  readonly syntaxErrors: readonly SyntaxProblem[];
}

let loading: Promise<void> | undefined;

/** Loads the WebAssembly parser once; `parseSql` may be called after it resolves. */
export function loadSqlParser(): Promise<void> {
  loading ??= loadModule();
  return loading;
}

/**
 * Parses a whole file. When it has a syntax error the file is cut at top-level
 * semicolons (found by PostgreSQL's own scanner, so quotes and dollar quotes are
 * respected) and each piece is parsed alone: the broken statements become
 * syntax problems and the others are still linted.
 */
export function parseSql(text: string): ParsedSql {
  const encoded = new TextEncoder().encode(text);
  const tokens = scanTokens(text);
  const comments = (tokens ?? [])
    .filter((t) => t.tokenName === 'SQL_COMMENT' || t.tokenName === 'C_COMMENT')
    .map((t) => ({ text: t.text, start: t.start, end: t.end }));
  const whole = tryParse(text, encoded);
  if (whole.ok) return { statements: whole.statements, comments, syntaxErrors: [] };
  if (!tokens) return { statements: [], comments, syntaxErrors: [whole.problem] };

  const statements: ParsedStatement[] = [];
  const syntaxErrors: SyntaxProblem[] = [];
  let pieceStart = 0;
  const cuts = tokens.filter((t) => t.tokenName === 'ASCII_59').map((t) => t.end);
  for (const cut of [...cuts, encoded.length]) {
    if (cut <= pieceStart) continue;
    const piece = tryParse(blankOutside(encoded, pieceStart, cut), encoded);
    if (piece.ok) statements.push(...piece.statements);
    else syntaxErrors.push(piece.problem);
    pieceStart = cut;
  }
  return { statements, comments, syntaxErrors };
}

type Attempt = { ok: true; statements: ParsedStatement[] } | { ok: false; problem: SyntaxProblem };

function tryParse(text: string, original: Uint8Array): Attempt {
  try {
    const result = parseSync(text);
    const statements = (result.stmts ?? []).map((raw) => {
      const location = raw.stmt_location ?? 0;
      // A length of 0 means "to the end of the input".
      const end = raw.stmt_len ? location + raw.stmt_len : original.length;
      return { node: raw.stmt as PgNode, start: skipBlanksAndComments(original, location, end), end };
    });
    return { ok: true, statements };
  } catch (error) {
    const details = (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails;
    if (!details) throw error;
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { message, offset: byteOffsetOfChar(text, details.cursorPosition ?? 0) } };
  }
}

function scanTokens(text: string) {
  try {
    return scanSync(text).tokens;
  } catch {
    return undefined; // an unterminated quote: the parser reports it
  }
}

/**
 * The file with every byte outside [start, end) turned into a space (newlines
 * kept), so a piece parses alone while its locations stay file offsets.
 */
function blankOutside(bytes: Uint8Array, start: number, end: number): string {
  const copy = bytes.map((b, i) => (i >= start && i < end) || b === 0x0a ? b : 0x20);
  return new TextDecoder().decode(copy);
}

function byteOffsetOfChar(text: string, charIndex: number): number {
  return new TextEncoder().encode(text.slice(0, charIndex)).length;
}

function skipBlanksAndComments(bytes: Uint8Array, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const c = bytes[i]!;
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
    else if (c === 0x2d && bytes[i + 1] === 0x2d) while (i < to && bytes[i] !== 0x0a) i++;
    else if (c === 0x2f && bytes[i + 1] === 0x2a) {
      i += 2;
      while (i < to && !(bytes[i] === 0x2a && bytes[i + 1] === 0x2f)) i++;
      i += 2;
    } else break;
  }
  return Math.min(i, to);
}
