import { describe, expect, it } from 'vitest';
import { tokenize, type TokenKind } from './highlight';

const kinds = (sql: string) => tokenize(sql).filter((t) => t.kind !== 'space').map((t) => [t.kind, t.text] as [TokenKind, string]);

describe('tokenize', () => {
  it('colours keywords, quoted identifiers, strings, numbers and comments', () => {
    expect(kinds(`-- add it\nALTER TABLE "public"."order ""x""" ADD COLUMN n int DEFAULT 'it''s' CHECK (n > 1.5e3); /* done */`)).toEqual([
      ['comment', '-- add it'], ['keyword', 'ALTER'], ['keyword', 'TABLE'], ['quoted', '"public"'], ['operator', '.'],
      ['quoted', '"order ""x"""'], ['keyword', 'ADD'], ['keyword', 'COLUMN'], ['identifier', 'n'], ['identifier', 'int'],
      ['keyword', 'DEFAULT'], ['string', "'it''s'"], ['keyword', 'CHECK'], ['operator', '('], ['identifier', 'n'], ['operator', '>'],
      ['number', '1.5e3'], ['operator', ')'], ['operator', ';'], ['comment', '/* done */'],
    ]);
  });

  it('reads dollar quoting, E strings, casts and parameters as single tokens', () => {
    expect(kinds("DO $body$ BEGIN RAISE 'x'; END $body$; SELECT E'a\\'b'::text, $1")).toEqual([
      ['keyword', 'DO'], ['string', "$body$ BEGIN RAISE 'x'; END $body$"], ['operator', ';'], ['keyword', 'SELECT'],
      ['string', "E'a\\'b'"], ['operator', '::'], ['keyword', 'text'], ['operator', ','], ['operator', '$1'],
    ]);
  });

  it('gives back the input exactly, even when it is unfinished or odd', () => {
    for (const sql of ["SELECT 'open", '"open', '/* open', '$$ open', 'x\u00e9 ☃ \\ 12abc', '']) {
      expect(tokenize(sql).map((t) => t.text).join('')).toBe(sql);
    }
  });
});
