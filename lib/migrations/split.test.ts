import { describe, expect, it } from 'vitest';
import { splitStatements } from './split';

describe('splitStatements', () => {
  it('splits at top-level semicolons and trims', () => {
    expect(splitStatements('CREATE TABLE a (id int);\n  CREATE TABLE b (id int) ;\nSELECT 1')).toEqual([
      'CREATE TABLE a (id int)',
      'CREATE TABLE b (id int)',
      'SELECT 1',
    ]);
  });

  it('does not split inside strings, identifiers, dollar quotes or comments', () => {
    const sql = [
      "INSERT INTO t VALUES ('a;b', 'it''s;', E'x\\';y');",
      'CREATE TABLE "we;ird" ("col""; x" int);',
      'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN 1; END; $body$;',
      'DO $$ BEGIN PERFORM 1; END $$;',
      'SELECT 1 -- trailing; comment\n + 1;',
      'SELECT /* a; /* nested; */ still comment; */ 2;',
    ].join('\n');
    const statements = splitStatements(sql);
    expect(statements).toHaveLength(6);
    expect(statements[0]).toBe("INSERT INTO t VALUES ('a;b', 'it''s;', E'x\\';y')");
    expect(statements[2]).toContain('RETURN 1; END; $body$');
    expect(statements[4]).toBe('SELECT 1 -- trailing; comment\n + 1');
    expect(statements[5]).toBe('SELECT /* a; /* nested; */ still comment; */ 2');
  });

  it('treats $1 as a parameter, not a dollar quote', () => {
    expect(splitStatements('PREPARE p AS SELECT $1; EXECUTE p(1);')).toEqual(['PREPARE p AS SELECT $1', 'EXECUTE p(1)']);
  });

  it('drops pieces that hold only comments and blanks, keeping a leading marker with its statement', () => {
    expect(splitStatements('-- tablecraft:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (a);\n;\n-- the end\n')).toEqual([
      '-- tablecraft:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (a)',
    ]);
    expect(splitStatements('  \n-- nothing\n/* here */')).toEqual([]);
  });
});
