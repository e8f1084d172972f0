/**
 * Whether `ALTER COLUMN … TYPE` from `from` to `to` rewrites the table. PostgreSQL
 * skips the rewrite (and the index rebuilds) only for binary-coercible changes
 * that cannot fail: a varchar limit raised or removed, varchar ↔ text, a numeric
 * precision raised with the same scale or removed. Everything else — integer →
 * bigint included — rewrites every row under ACCESS EXCLUSIVE, so the safe plan
 * uses expand/contract for it. Unknown spellings count as rewriting (conservative).
 */
const VARCHAR = /^(?:varchar|character varying)(?:\((\d+)\))?$/i;
const NUMERIC = /^(?:numeric|decimal)(?:\((\d+)(?:,\s*(\d+))?\))?$/i;

export function isRewritingTypeChange(from: string, to: string): boolean {
  const a = from.trim().toLowerCase();
  const b = to.trim().toLowerCase();
  if (a === b) return false;
  const textLike = (t: string) => t === 'text' || VARCHAR.test(t);
  if (textLike(a) && textLike(b)) {
    const limit = (t: string) => (t === 'text' ? Infinity : Number(VARCHAR.exec(t)![1] ?? Infinity));
    return limit(b) < limit(a);
  }
  const na = NUMERIC.exec(a);
  const nb = NUMERIC.exec(b);
  if (na && nb) {
    if (nb[1] === undefined) return false; // unconstrained numeric holds every value as it is
    if (na[1] === undefined) return true;
    return Number(nb[1]) < Number(na[1]) || Number(nb[2] ?? 0) !== Number(na[2] ?? 0);
  }
  return true;
}
