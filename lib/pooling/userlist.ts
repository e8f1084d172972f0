import { scramSecret, type ScramOptions } from './scram';

/**
 * auth_file lines: `"user" "secret"`, one per user. PgBouncer reads a double
 * quote inside a field as `""`; names are already restricted by the workload
 * schema, secrets are base64, so the escaping is belt and braces.
 */
export interface UserSecret {
  readonly user: string;
  readonly secret: string;
}

export async function userSecrets(passwords: ReadonlyMap<string, string>, options: ScramOptions = {}): Promise<UserSecret[]> {
  const secrets: UserSecret[] = [];
  for (const [user, password] of passwords) secrets.push({ user, secret: await scramSecret(password, options) });
  return secrets;
}

export function renderUserlist(secrets: readonly UserSecret[]): string {
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const lines = secrets.map((s) => `${quote(s.user)} ${quote(s.secret)}`);
  return [
    ';; PgBouncer auth_file written by Tablecraft: SCRAM-SHA-256 secrets, never plain passwords.',
    ';; Keep it readable by the PgBouncer user only (chmod 600).',
    ...lines,
    '',
  ].join('\n');
}
