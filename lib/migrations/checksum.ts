import type { ChecksummedMigration, Migration } from './types';

/** SHA-256 as lowercase hex, through Web Crypto so this runs in browsers and Node alike. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * The checksum of a migration's UP script. Line endings are normalized first, so a
 * checkout that turned LF into CRLF does not look like an edited migration.
 */
export function scriptChecksum(sql: string): Promise<string> {
  return sha256Hex(sql.replace(/\r\n?/g, '\n'));
}

/** The chain link: covers every earlier migration, so a reorder, insertion or removal changes it. */
export function chainLink(previousChain: string, version: number, checksum: string): Promise<string> {
  return sha256Hex(`${previousChain}\n${version}:${checksum}`);
}

/** Adds the checksum and the chained checksum to each migration of an ordered set. */
export async function checksumMigrations(migrations: readonly Migration[]): Promise<ChecksummedMigration[]> {
  const out: ChecksummedMigration[] = [];
  let chain = '';
  for (const migration of migrations) {
    const checksum = await scriptChecksum(migration.up);
    chain = await chainLink(chain, migration.version, checksum);
    out.push({ ...migration, checksum, chainChecksum: chain });
  }
  return out;
}
