import { describe, expect, it } from 'vitest';
import { checkOrigin } from '../../lib/server/auth/csrf';

const req = (method: string, headers: Record<string, string>, url = 'http://tablecraft.example:3000/api/diagrams') => new Request(url, { method, headers });

describe('the cross-site request check', () => {
  it('refuses a state-changing request from another site', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const answer = checkOrigin(req(method, { origin: 'https://evil.example', cookie: 'tablecraft_session=x' }));
      expect(answer.ok).toBe(false);
      if (!answer.ok) expect(answer.error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('https://evil.example') });
    }
  });

  it('accepts the same host, a request without Origin, safe methods and bearer tokens', () => {
    expect(checkOrigin(req('POST', { origin: 'http://tablecraft.example:3000' })).ok).toBe(true);
    expect(checkOrigin(req('POST', { origin: 'https://proxy.example', 'x-forwarded-host': 'proxy.example' })).ok).toBe(true);
    expect(checkOrigin(req('POST', { origin: 'http://localhost:3000', host: 'localhost:3000' }, 'http://127.0.0.1:3000/api/x')).ok).toBe(true);
    expect(checkOrigin(req('POST', {})).ok).toBe(true);
    expect(checkOrigin(req('GET', { origin: 'https://evil.example' })).ok).toBe(true);
    expect(checkOrigin(req('POST', { origin: 'https://evil.example', authorization: 'Bearer tcs_x' })).ok).toBe(true);
  });

  it('treats a port or a scheme-less origin as another site', () => {
    expect(checkOrigin(req('POST', { origin: 'http://tablecraft.example:4000' })).ok).toBe(false);
    expect(checkOrigin(req('DELETE', { origin: 'null' })).ok).toBe(false);
  });
});
