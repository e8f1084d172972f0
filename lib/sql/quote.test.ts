import { describe, expect, it } from 'vitest';
import { ident, literal, numberLiteral, qualified } from './quote';

describe('quoting', () => {
  it('always quotes identifiers and doubles embedded quotes', () => {
    expect(ident('users')).toBe('"users"');
    expect(ident('Order Items')).toBe('"Order Items"');
    expect(ident('x"; DROP TABLE t; --')).toBe('"x""; DROP TABLE t; --"');
    expect(qualified('public', 'select')).toBe('"public"."select"');
  });

  it('doubles single quotes in literals and leaves backslashes alone', () => {
    expect(literal("O'Brien")).toBe("'O''Brien'");
    expect(literal('a\\b')).toBe("'a\\b'");
  });

  it('refuses what cannot be quoted', () => {
    expect(() => ident('')).toThrow();
    expect(() => ident('a\u0000b')).toThrow();
    expect(() => numberLiteral(Number.NaN)).toThrow();
  });
});
