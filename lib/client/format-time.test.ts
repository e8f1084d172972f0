import { describe, expect, it } from 'vitest';
import { timeAgo } from './format-time';

describe('timeAgo', () => {
  const now = new Date('2025-06-01T12:00:00Z');
  it.each([
    ['2025-06-01T11:59:30Z', 'just now'],
    ['2025-06-01T11:59:00Z', '1 minute ago'],
    ['2025-06-01T11:55:00Z', '5 minutes ago'],
    ['2025-06-01T09:00:00Z', '3 hours ago'],
    ['2025-05-31T12:00:00Z', 'yesterday'],
    ['2025-05-18T12:00:00Z', '2 weeks ago'],
    ['2024-05-01T12:00:00Z', 'last year'],
  ])('%s is %s', (iso, text) => {
    expect(timeAgo(iso, now)).toBe(text);
  });

  it('returns nothing for a time it cannot read', () => {
    expect(timeAgo('not a date', now)).toBe('');
  });
});
