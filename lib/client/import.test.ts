import { describe, expect, it } from 'vitest';
import { fileNameOf, importFormatOfFile } from './import';

describe('importFormatOfFile', () => {
  it('recognizes the extensions the server reads, in any case', () => {
    expect(importFormatOfFile('pagila-schema.sql')).toBe('sql');
    expect(importFormatOfFile('dump.DDL')).toBe('sql');
    expect(importFormatOfFile('shop.dbml')).toBe('dbml');
    expect(importFormatOfFile('schema.prisma')).toBe('prisma');
    expect(importFormatOfFile('diagram.json')).toBe('json');
  });

  it('answers null for a name it cannot place', () => {
    expect(importFormatOfFile('schema.txt')).toBeNull();
    expect(importFormatOfFile('Makefile')).toBeNull();
  });
});

describe('fileNameOf', () => {
  it('prefers the exact UTF-8 name over the ASCII fallback', () => {
    expect(fileNameOf(`attachment; filename="Caf_-shop.dbml"; filename*=UTF-8''Caf%C3%A9%20shop.dbml`)).toBe('Café shop.dbml');
  });

  it('falls back to the plain name when the encoded one is missing or malformed', () => {
    expect(fileNameOf('attachment; filename="shop.sql"')).toBe('shop.sql');
    expect(fileNameOf(`attachment; filename="shop.sql"; filename*=UTF-8''%E0%A4%A`)).toBe('shop.sql');
    expect(fileNameOf(null)).toBeNull();
  });
});
