import { describe, expect, it } from 'vitest';
import { safeNext, signInUrl } from '../../lib/client/auth/navigation';

describe('where sign-in sends people back to', () => {
  it('keeps local paths with their query', () => {
    expect(safeNext('/diagrams/abc?panel=problems')).toBe('/diagrams/abc?panel=problems');
    expect(signInUrl('/diagrams/abc')).toBe('/sign-in?next=%2Fdiagrams%2Fabc');
  });

  it('never leaves the site, and never loops through the account pages', () => {
    for (const outside of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '', null, undefined]) {
      expect(safeNext(outside)).toBe('/');
    }
    expect(safeNext('/sign-in?next=%2F')).toBe('/');
    expect(safeNext('/setup')).toBe('/');
  });
});
