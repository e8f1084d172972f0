import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { err, ok, type Result } from '../../result';

/**
 * Which database hosts this server may connect to, so a shared Tablecraft
 * cannot be used to probe arbitrary addresses (cloud metadata, internal
 * services). From `TABLECRAFT_ALLOWED_DB_HOSTS`: hostnames, IP addresses and
 * CIDR networks (IPv4 and IPv6), comma-separated.
 */
export interface HostPolicy {
  /** `any`: the embedded single-user default with no list. `sandbox_only`: a shared server with no list. */
  readonly mode: 'any' | 'list' | 'sandbox_only';
  readonly hostnames: ReadonlySet<string>;
  readonly networks: BlockList;
  /** The list as configured, for messages. */
  readonly source: string;
}

export interface HostRefusal {
  readonly kind: 'forbidden_host';
  readonly message: string;
}

export type Resolver = (hostname: string) => Promise<readonly string[]>;

const HOW_TO_ALLOW = 'set TABLECRAFT_ALLOWED_DB_HOSTS to the hostnames and networks Tablecraft may reach, e.g. TABLECRAFT_ALLOWED_DB_HOSTS=db.internal,10.0.0.0/8';

export function parseHostPolicy(raw: string | undefined, sharedServer: boolean): Result<HostPolicy, string> {
  const entries = (raw ?? '').split(',').map((e) => e.trim()).filter(Boolean);
  const hostnames = new Set<string>();
  const networks = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix, extra] = entry.split('/');
    const family = isIP(address);
    if (extra !== undefined) return err(`TABLECRAFT_ALLOWED_DB_HOSTS: "${entry}" is not a hostname, an address or a network`);
    if (family === 0) {
      if (prefix !== undefined || !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?$/i.test(address)) {
        return err(`TABLECRAFT_ALLOWED_DB_HOSTS: "${entry}" is not a hostname, an address or a network`);
      }
      hostnames.add(normalizeHostname(address));
      continue;
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) {
      networks.addAddress(address, type);
      continue;
    }
    const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    if (!(bits >= 0 && bits <= (family === 4 ? 32 : 128))) return err(`TABLECRAFT_ALLOWED_DB_HOSTS: "${entry}" has an invalid prefix length`);
    networks.addSubnet(address, bits, type);
  }
  const mode = entries.length > 0 ? 'list' : sharedServer ? 'sandbox_only' : 'any';
  return ok({ mode, hostnames, networks, source: entries.join(',') });
}

export const systemResolver: Resolver = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

/**
 * Checks a host before connecting. A host named in the list passes as named.
 * Any other host passes only when every address it resolves to lies in an
 * allowed network: a hostname cannot smuggle in a forbidden address, and one
 * that resolves to several addresses is refused if any of them is outside.
 * Returns the address to connect to when one was checked (so a second DNS
 * answer cannot differ), or null to connect by name.
 */
export async function checkHost(policy: HostPolicy, host: string, resolve: Resolver = systemResolver): Promise<Result<{ pinnedAddress: string | null }, HostRefusal>> {
  if (policy.mode === 'any') return ok({ pinnedAddress: null });
  if (policy.mode === 'sandbox_only') {
    return err({ kind: 'forbidden_host', message: `this Tablecraft server stores its data on a shared PostgreSQL server (DATABASE_URL) and has no list of database hosts it may reach, so only the sandbox can be used; to allow others, ${HOW_TO_ALLOW}` });
  }
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  if (isIP(bare) === 0 && policy.hostnames.has(normalizeHostname(bare))) return ok({ pinnedAddress: null });
  let addresses: readonly string[];
  if (isIP(bare) !== 0) addresses = [bare];
  else {
    try {
      addresses = await resolve(bare);
    } catch (error) {
      return err({ kind: 'forbidden_host', message: `cannot resolve the host "${bare}" to check it against TABLECRAFT_ALLOWED_DB_HOSTS: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    }
  }
  if (addresses.length === 0) return err({ kind: 'forbidden_host', message: `the host "${bare}" resolves to no address` });
  const outside = addresses.filter((a) => !addressAllowed(policy.networks, a));
  if (outside.length > 0) {
    const via = addresses[0] === bare ? '' : ` (it resolves to ${outside.join(', ')})`;
    return err({ kind: 'forbidden_host', message: `the host "${bare}"${via} is not in TABLECRAFT_ALLOWED_DB_HOSTS (${policy.source}); ask the administrator to add it, or use the sandbox` });
  }
  return ok({ pinnedAddress: addresses[0]! });
}

/** An IPv4-mapped IPv6 address (`::ffff:10.0.0.1`) is checked as the IPv4 address it is. */
export function addressAllowed(networks: BlockList, address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return networks.check(mapped, 'ipv4') || networks.check(address, 'ipv6');
  return networks.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');
}

function normalizeHostname(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}
