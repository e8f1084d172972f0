import { beforeAll, describe, expect, it } from 'vitest';
import { loadSqlParser, parseSql } from './parse-sql';
import { SourceText } from './source-text';

beforeAll(() => loadSqlParser());

describe('parseSql', () => {
  it('reports statement starts as UTF-8 byte offsets, past leading comments', () => {
    const text = '-- héllo\nCREATE TABLE "bıgınt" (id int);\n/* c */ DROP TABLE x;';
    const { statements } = parseSql(text);
    const source = new SourceText(text);
    expect(statements.map((s) => source.slice(s.start, s.end))).toEqual(['CREATE TABLE "bıgınt" (id int)', 'DROP TABLE x']);
    expect(statements.map((s) => source.position(s.start))).toEqual([{ line: 2, column: 1 }, { line: 3, column: 9 }]);
  });

  it('turns the character-based error cursor into a byte offset', () => {
    const text = "SELECT 'ü';\n-- é\nSELEC 2;";
    const { syntaxErrors, statements } = parseSql(text);
    expect(syntaxErrors).toHaveLength(1);
    expect(syntaxErrors[0]?.message).toBe('syntax error at or near "SELEC"');
    expect(new SourceText(text).position(syntaxErrors[0]!.offset)).toEqual({ line: 3, column: 1 });
    expect(statements).toHaveLength(1); // the statement before the error is still there
  });

  it('keeps parsing after a broken statement, respecting dollar quotes', () => {
    const text = 'ALTER TABLE t ADD COLUMN;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\nDROP TABLE t;';
    const { statements, syntaxErrors } = parseSql(text);
    expect(syntaxErrors).toHaveLength(1);
    expect(statements.map((s) => Object.keys(s.node)[0])).toEqual(['CreateFunctionStmt', 'DropStmt']);
  });

  it('returns comments with byte offsets', () => {
    const { comments } = parseSql("SELECT 'é'; -- note\n/* block */");
    expect(comments.map((c) => [c.text, c.start])).toEqual([['-- note', 13], ['/* block */', 21]]);
  });
});
