import { createHash } from 'node:crypto';

/**
 * Deterministic ids from names, so introspecting the same database twice gives
 * the same document (and a diff between the two is empty): `tbl_public_users`,
 * `col_public_users_email`. Characters outside the id alphabet become `_`; a
 * long id is cut and gets a short hash of the full name; a clash (two names that
 * sanitize alike) gets `_2`, `_3`, … in the order objects are read (by name).
 */
const MAX = 64;

export class IdMaker {
  private readonly used = new Set<string>();

  make(prefix: string, ...parts: readonly string[]): string {
    const full = [prefix, ...parts].join('_');
    let id = full.replace(/[^A-Za-z0-9_-]/g, '_');
    if (id.length > MAX) {
      const hash = createHash('sha256').update(full).digest('hex').slice(0, 8);
      id = `${id.slice(0, MAX - 9)}_${hash}`;
    }
    let candidate = id;
    for (let n = 2; this.used.has(candidate); n++) {
      const suffix = `_${n}`;
      candidate = `${id.slice(0, MAX - suffix.length)}${suffix}`;
    }
    this.used.add(candidate);
    return candidate;
  }
}
