import { describe, expect, it } from 'vitest';
import { MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_EMAIL, SIGN_IN_WINDOW_MS, SignInThrottle, clientAddress } from '../../lib/server/auth/throttle';

describe('the sign-in throttle', () => {
  it('stops an email after too many failures, until the window has passed', () => {
    const throttle = new SignInThrottle();
    const start = 1_000_000;
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      expect(throttle.retryAfter('ada@example.com', `10.0.0.${i}`, start + i)).toBeNull();
      throttle.recordFailure('ada@example.com', `10.0.0.${i}`, start + i);
    }
    const wait = throttle.retryAfter('ada@example.com', '10.9.9.9', start + 10);
    expect(wait).toBe(SIGN_IN_WINDOW_MS - 10);
    expect(throttle.retryAfter('bob@example.com', '10.9.9.9', start + 10)).toBeNull();
    expect(throttle.retryAfter('ada@example.com', '10.9.9.9', start + SIGN_IN_WINDOW_MS + 1)).toBeNull();
  });

  it('stops one address guessing many emails', () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) throttle.recordFailure(`user${i}@example.com`, '203.0.113.7', i);
    expect(throttle.retryAfter('fresh@example.com', '203.0.113.7', 100)).not.toBeNull();
    expect(throttle.retryAfter('fresh@example.com', '203.0.113.8', 100)).toBeNull();
  });

  it('forgets an email\'s failures after a correct password, but not the address\'s', () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL - 1; i++) throttle.recordFailure('ada@example.com', '198.51.100.1', i);
    throttle.recordSuccess('ada@example.com');
    throttle.recordFailure('ada@example.com', '198.51.100.1', 10);
    expect(throttle.retryAfter('ada@example.com', '198.51.100.2', 11)).toBeNull();
  });

  it('reads the client address from the proxy headers', () => {
    const headers = (h: Record<string, string>) => new Request('http://x/', { headers: h });
    expect(clientAddress(headers({ 'x-forwarded-for': '203.0.113.5, 10.0.0.1' }))).toBe('203.0.113.5');
    expect(clientAddress(headers({ 'x-real-ip': '198.51.100.4' }))).toBe('198.51.100.4');
    expect(clientAddress(headers({}))).toBe('unknown');
  });
});
