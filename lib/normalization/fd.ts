import { bit, compareSets, EMPTY, formatSet, indices, isSubset, minus, type AttrSet } from './attr-set';

/** A functional dependency lhs → rhs over the numbered attributes of one relation. */
export interface FD {
  readonly lhs: AttrSet;
  readonly rhs: AttrSet;
}

export function fd(lhs: AttrSet, rhs: AttrSet): FD {
  return { lhs, rhs };
}

export function isTrivial(f: FD): boolean {
  return isSubset(f.rhs, f.lhs);
}

/** Every attribute mentioned by any dependency. */
export function attributesOf(fds: readonly FD[]): AttrSet {
  let s = EMPTY;
  for (const f of fds) s |= f.lhs | f.rhs;
  return s;
}

/** X → A1…An becomes X → A1, …, X → An, without trivial parts. */
export function splitRight(fds: readonly FD[]): FD[] {
  const out: FD[] = [];
  for (const f of fds) {
    for (const a of indices(minus(f.rhs, f.lhs))) out.push({ lhs: f.lhs, rhs: bit(a) });
  }
  return out;
}

/** The dependencies whose attributes all lie inside `within`. */
export function restrictTo(fds: readonly FD[], within: AttrSet): FD[] {
  return fds.filter((f) => isSubset(f.lhs | f.rhs, within));
}

/** Groups singleton right sides back by left side: X → A, X → B becomes X → AB. */
export function groupByLhs(fds: readonly FD[]): FD[] {
  const byLhs = new Map<AttrSet, AttrSet>();
  for (const f of fds) byLhs.set(f.lhs, (byLhs.get(f.lhs) ?? EMPTY) | f.rhs);
  return sortFds([...byLhs].map(([lhs, rhs]) => ({ lhs, rhs })));
}

export function compareFds(a: FD, b: FD): number {
  return compareSets(a.lhs, b.lhs) || compareSets(a.rhs, b.rhs);
}

export function sortFds(fds: readonly FD[]): FD[] {
  return [...fds].sort(compareFds);
}

export function sameFd(a: FD, b: FD): boolean {
  return a.lhs === b.lhs && a.rhs === b.rhs;
}

export function formatFd(f: FD, names?: readonly string[]): string {
  return `${formatSet(f.lhs, names)} → ${formatSet(f.rhs, names)}`;
}

