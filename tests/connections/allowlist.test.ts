import { describe, expect, it } from 'vitest';
import { checkHost, parseHostPolicy, type HostPolicy, type Resolver } from '../../lib/server/connections/allowlist';

const policy = (raw: string | undefined, shared = true): HostPolicy => {
  const parsed = parseHostPolicy(raw, shared);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};
const dns = (table: Record<string, string[]>): Resolver => async (host) => {
  const found = table[host];
  if (!found) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
  return found;
};
const allowed = async (p: HostPolicy, host: string, resolver: Resolver = dns({})) => (await checkHost(p, host, resolver)).ok;

describe('the database host allowlist', () => {
  it('allows everything in the embedded single-user default, only the sandbox on a shared server without a list', async () => {
    expect(await allowed(policy(undefined, false), '169.254.169.254')).toBe(true);
    const shared = await checkHost(policy('', true), 'db.internal', dns({}));
    expect(shared).toMatchObject({ ok: false, error: { kind: 'forbidden_host', message: expect.stringContaining('TABLECRAFT_ALLOWED_DB_HOSTS') } });
  });

  it('checks IPv4 and IPv6 addresses against addresses and CIDR networks', async () => {
    const p = policy('10.0.0.0/8, 127.0.0.1, fd00::/8, ::1');
    expect(await allowed(p, '10.200.3.4')).toBe(true);
    expect(await allowed(p, '11.0.0.1')).toBe(false);
    expect(await allowed(p, '127.0.0.1')).toBe(true);
    expect(await allowed(p, '127.0.0.2')).toBe(false);
    expect(await allowed(p, 'fd12:3456::1')).toBe(true);
    expect(await allowed(p, '[fd12::1]')).toBe(true);
    expect(await allowed(p, 'fe80::1')).toBe(false);
    expect(await allowed(p, '::1')).toBe(true);
    // An IPv4-mapped IPv6 address is the IPv4 address it carries.
    expect(await allowed(p, '::ffff:10.1.1.1')).toBe(true);
    expect(await allowed(p, '::ffff:192.168.1.1')).toBe(false);
  });

  it('allows a listed hostname by name, case-insensitively', async () => {
    const p = policy('DB.internal');
    expect(await checkHost(p, 'db.Internal.', dns({}))).toEqual({ ok: true, value: { pinnedAddress: null } });
    expect(await allowed(p, 'other.internal', dns({ 'other.internal': ['8.8.8.8'] }))).toBe(false);
  });

  it('resolves other hostnames and requires every address inside an allowed network, then pins it', async () => {
    const p = policy('10.0.0.0/8');
    const resolver = dns({ 'good.example': ['10.1.2.3'], 'sneaky.example': ['10.1.2.3', '169.254.169.254'], 'metadata.example': ['169.254.169.254'] });
    expect(await checkHost(p, 'good.example', resolver)).toEqual({ ok: true, value: { pinnedAddress: '10.1.2.3' } });
    const sneaky = await checkHost(p, 'sneaky.example', resolver);
    expect(sneaky).toMatchObject({ ok: false, error: { message: expect.stringContaining('169.254.169.254') } });
    expect(await allowed(p, 'metadata.example', resolver)).toBe(false);
    expect(await checkHost(p, 'unknown.example', resolver)).toMatchObject({ ok: false, error: { message: expect.stringContaining('ENOTFOUND') } });
  });

  it('rejects malformed entries instead of ignoring them', () => {
    for (const bad of ['10.0.0.0/33', 'fd00::/129', 'a/b/c', 'bad host', 'db.internal/8', '10.0.0.0/x']) {
      expect(parseHostPolicy(bad, true).ok, bad).toBe(false);
    }
  });
});
