import { describe, expect, it } from 'vitest';
import { isStorageUnavailable, StorageUnavailableError } from './errors';

const withCode = (code: string) => Object.assign(new Error('x'), { code });

describe('isStorageUnavailable', () => {
  it('recognizes unreachable servers, lost connections and refused logins', () => {
    expect(isStorageUnavailable(new StorageUnavailableError('down'))).toBe(true);
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', '08006', '57P01', '53300', '28P01', '3D000', 'P1001', 'P1003', 'P2024']) {
      expect(isStorageUnavailable(withCode(code)), code).toBe(true);
    }
    expect(isStorageUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isStorageUnavailable(new Error('wrapped', { cause: withCode('ECONNRESET') }))).toBe(true);
    expect(isStorageUnavailable({ kind: 'DatabaseNotReachable' })).toBe(true);
  });

  it('leaves bugs and request errors alone', () => {
    expect(isStorageUnavailable(new TypeError('x is undefined'))).toBe(false);
    for (const code of ['23505', '42P01', 'P2002', 'P2025']) expect(isStorageUnavailable(withCode(code)), code).toBe(false);
    expect(isStorageUnavailable(undefined)).toBe(false);
    expect(isStorageUnavailable('ECONNREFUSED')).toBe(false);
  });
});
