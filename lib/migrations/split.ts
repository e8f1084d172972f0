/**
 * Splits a SQL script into statements at top-level semicolons, the way psql does
 * for the common cases: semicolons inside 'strings', E'strings\'', "identifiers",
 * $tag$dollar quotes$tag$, -- line comments and nested /* block comments *\/ do
 * not split. Statements that hold nothing but comments and blanks are dropped.
 *
 * Needed only for scripts that run outside a transaction: PostgreSQL runs a
 * multi-statement simple query as one implicit transaction, in which
 * `CREATE INDEX CONCURRENTLY` refuses to run, so such a script is sent one
 * statement at a time. Not handled: SQL-standard function bodies
 * (`BEGIN ATOMIC … END`), whose inner semicolons would split; write those in a
 * transactional migration (or with a dollar-quoted body).
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let hasCode = false;
  let i = 0;
  const n = sql.length;

  const finish = (end: number) => {
    const text = sql.slice(start, end).trim();
    if (hasCode && text.length > 0) statements.push(text);
    hasCode = false;
  };

  while (i < n) {
    const ch = sql[i] as string;
    const next = sql[i + 1];
    if (ch === '-' && next === '-') {
      const eol = sql.indexOf('\n', i);
      i = eol === -1 ? n : eol + 1;
      continue;
    }
    if (ch === '/' && next === '*') {
      i = skipBlockComment(sql, i);
      continue;
    }
    if (ch === ';') {
      finish(i);
      start = i + 1;
      i++;
      continue;
    }
    if (!/\s/.test(ch)) hasCode = true;
    if (ch === "'") {
      const escapes = (sql[i - 1] === 'E' || sql[i - 1] === 'e') && !isIdentChar(sql[i - 2]);
      i = skipQuoted(sql, i, "'", escapes);
      continue;
    }
    if (ch === '"') {
      i = skipQuoted(sql, i, '"', false);
      continue;
    }
    if (ch === '$' && !isIdentChar(sql[i - 1])) {
      const tag = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(sql.slice(i));
      if (tag) {
        const close = sql.indexOf(tag[0], i + tag[0].length);
        i = close === -1 ? n : close + tag[0].length;
        continue;
      }
    }
    i++;
  }
  finish(n);
  return statements;
}

function isIdentChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9_$\u0080-\uffff]/.test(ch);
}

/** Returns the index just past the closing quote; a doubled quote is an escaped quote. */
function skipQuoted(sql: string, open: number, quote: string, backslashEscapes: boolean): number {
  let i = open + 1;
  while (i < sql.length) {
    const ch = sql[i];
    if (backslashEscapes && ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === quote) {
      if (sql[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return sql.length;
}

/** PostgreSQL block comments nest. */
function skipBlockComment(sql: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < sql.length) {
    if (sql[i] === '/' && sql[i + 1] === '*') {
      depth++;
      i += 2;
    } else if (sql[i] === '*' && sql[i + 1] === '/') {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else {
      i++;
    }
  }
  return sql.length;
}
