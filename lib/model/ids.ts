import { z } from 'zod';

/**
 * Every object in a diagram has a stable id. Names are attributes, so renaming a
 * table or column keeps its id and the migration generator emits a RENAME.
 */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id is 1–64 characters from A–Z, a–z, 0–9, "_" and "-"');
export type Id = z.infer<typeof Id>;

export type IdPrefix =
  | 'sch' | 'tbl' | 'col' | 'idx' | 'uq' | 'chk' | 'rel' | 'enm' | 'val' | 'dom'
  | 'ext' | 'seq' | 'fd' | 'ap' | 'exc' | 'note' | 'area' | 'part' | 'flt';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A short random id such as `tbl_k3j9x0q2ab`. Uses Web Crypto so it runs in browsers and Node alike. */
export function newId(prefix: IdPrefix): string {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  let suffix = '';
  for (const byte of bytes) suffix += ALPHABET[byte % ALPHABET.length];
  return `${prefix}_${suffix}`;
}
