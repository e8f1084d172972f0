import { newId, type IdPrefix } from '../../model/ids';

/** Where factories get fresh ids: random in the app, a counter in tests. */
export type IdSource = (prefix: IdPrefix) => string;

export const randomIds: IdSource = newId;

/** Deterministic ids (`tbl_t1`, `col_t2`, …) for tests. */
export function counterIds(tag = 't'): IdSource {
  let n = 0;
  return (prefix) => `${prefix}_${tag}${++n}`;
}
