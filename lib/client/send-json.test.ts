import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendJson } from './send-json';

function answer(status: number, body: unknown): Response {
  return new Response(body === undefined ? '' : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('sendJson', () => {
  const assign = vi.fn();
  afterEach(() => {
    vi.unstubAllGlobals();
    assign.mockReset();
  });
  const stub = (response: Response | Error) => {
    const fetchMock = vi.fn(async () => {
      if (response instanceof Error) throw response;
      return response;
    });
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('window', { location: { pathname: '/diagrams/d1', search: '?x=1', assign } });
    return fetchMock;
  };

  it('sends JSON and answers the parsed body', async () => {
    const fetchMock = stub(answer(201, { link: { id: 'l1' } }));
    const result = await sendJson('POST', '/api/x', { role: 'viewer' });
    expect(result).toEqual({ ok: true, value: { link: { id: 'l1' } } });
    expect(fetchMock).toHaveBeenCalledWith('/api/x', expect.objectContaining({ method: 'POST', body: '{"role":"viewer"}' }));
  });

  it('passes the server’s error body through, problems included', async () => {
    stub(answer(400, { error: { code: 'invalid_request', message: 'bad', problems: [{ path: 'role', message: 'no' }] } }));
    const result = await sendJson('POST', '/api/x', {});
    expect(result).toEqual({ ok: false, error: { status: 400, error: { code: 'invalid_request', message: 'bad', problems: [{ path: 'role', message: 'no' }] } } });
    expect(assign).not.toHaveBeenCalled();
  });

  it('sends the browser to sign in on a 401, unless the caller shows 401s itself', async () => {
    stub(answer(401, { error: { code: 'unauthorized', message: 'sign in' } }));
    await sendJson('GET', '/api/x');
    expect(assign).toHaveBeenCalledWith('/sign-in?next=%2Fdiagrams%2Fd1%3Fx%3D1');
    assign.mockReset();
    stub(answer(401, { error: { code: 'unauthorized', message: 'wrong password' } }));
    const result = await sendJson('POST', '/api/auth/sign-in', {}, { signInOn401: false });
    expect(assign).not.toHaveBeenCalled();
    expect(!result.ok && result.error.error.message).toBe('wrong password');
  });

  it('says when the server was not reached, or answered without an error body', async () => {
    stub(new TypeError('connection refused'));
    const lost = await sendJson('GET', '/api/x');
    expect(!lost.ok && lost.error).toMatchObject({ status: 0, error: { code: 'network_error' } });
    stub(new Response('<html>', { status: 502 }));
    const odd = await sendJson('GET', '/api/x');
    expect(!odd.ok && odd.error).toMatchObject({ status: 502, error: { code: 'bad_response' } });
  });
});
