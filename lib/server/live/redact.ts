/**
 * Credentials never leave the server: every message that may carry a connection
 * string or a password (a driver error, a pg_dump complaint, an echo of the URL)
 * goes through `redact` before it is logged, returned or printed.
 */

/** What must never appear in output for this URL: the password, raw and URL-decoded, and the URL itself. */
export function secretsOf(url: string): string[] {
  const secrets = new Set<string>();
  try {
    const parsed = new URL(url);
    if (parsed.password) {
      secrets.add(parsed.password);
      secrets.add(safeDecode(parsed.password));
    }
    const fromQuery = parsed.searchParams.get('password');
    if (fromQuery) secrets.add(fromQuery);
  } catch {
    // Not a URL: the caller's whole string is the secret we know of.
  }
  if (url.includes('@') || url.includes('password')) secrets.add(url);
  return [...secrets].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
}

/** Replaces every secret (longest first) and any `user:password@` in a URL-looking text with `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join('***');
  // A URL we did not know about (e.g. printed by a tool) still loses its password.
  out = out.replace(/(postgres(?:ql)?:\/\/[^:/@\s]+):[^@\s]*@/gi, '$1:***@');
  out = out.replace(/(password\s*=\s*)('(?:[^']|'')*'|\S+)/gi, '$1***');
  return out;
}

/** `postgres://user@host:port/db`, for messages: never the password or query options. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const user = parsed.username ? `${safeDecode(parsed.username)}@` : '';
    return `${parsed.protocol}//${user}${parsed.host}${parsed.pathname}`;
  } catch {
    return '(an unparsable database URL)';
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
