import { fullSet, indices, setOf, type AttrSet } from './attr-set';
import { fd, formatFd, type FD } from './fd';

/**
 * A relation with named attributes: the bridge between names (tests, messages,
 * the document) and the bitsets the algorithms work on. Attribute i is `names[i]`.
 */
export interface NamedRelation {
  readonly names: readonly string[];
  readonly all: AttrSet;
  set(...names: string[]): AttrSet;
  /** Parses `"A B -> C"` or `"A,B -> C,D"`; a left side may be empty (`"-> A"`). */
  fd(spelling: string): FD;
  fds(...spellings: string[]): FD[];
  namesOf(s: AttrSet): string[];
  format(f: FD): string;
}

export function namedRelation(names: readonly string[]): NamedRelation {
  const index = new Map(names.map((n, i) => [n, i]));
  if (index.size !== names.length) throw new Error(`namedRelation: duplicate attribute names in ${names.join(', ')}`);
  const set = (...wanted: string[]) => setOf(wanted.map((n) => {
    const i = index.get(n);
    if (i === undefined) throw new Error(`namedRelation: unknown attribute "${n}" (have ${names.join(', ')})`);
    return i;
  }));
  const side = (text: string) => set(...text.split(/[\s,]+/).filter(Boolean));
  const parseFd = (spelling: string) => {
    const [lhs, rhs, extra] = spelling.split('->');
    if (rhs === undefined || extra !== undefined) throw new Error(`namedRelation: "${spelling}" is not of the form "A B -> C"`);
    return fd(side(lhs!), side(rhs));
  };
  return {
    names,
    all: fullSet(names.length),
    set,
    fd: parseFd,
    fds: (...spellings) => spellings.map(parseFd),
    namesOf: (s) => indices(s).map((i) => names[i]!),
    format: (f) => formatFd(f, names),
  };
}
