import { describe, expect, it } from 'vitest';
import { candidateKeys, chase, checkNormalForms, checkPreservation, closure, decomposeBCNF, equivalent, minimalCover, namedRelation, synthesize3NF } from './index';
import { partForm } from './test-helpers';

/**
 * Textbook relations with answers worked out by hand (the working is in the
 * comments). Attribute names are the books' where a book is named.
 */
describe('textbook cases', () => {
  it('1. closure: R(ABCDEF), AB→C, BC→AD, D→E, CF→B gives AB⁺ = ABCDE', () => {
    // AB → C; then BC → AD adds A, D; D → E adds E; CF → B never fires (no F).
    const r = namedRelation(['A', 'B', 'C', 'D', 'E', 'F']);
    const f = r.fds('A B -> C', 'B C -> A D', 'D -> E', 'C F -> B');
    expect(r.namesOf(closure(r.set('A', 'B'), f))).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(r.namesOf(closure(r.set('F'), f))).toEqual(['F']);
  });

  it('2. street/city/zip is in 3NF but not BCNF', () => {
    // Keys: street is on no right side, so it is in every key. street+city → zip; street+zip → city (zip → city).
    // zip → city: zip is not a superkey, but city is prime (in key {street, city}) → 3NF holds, BCNF breaks.
    const r = namedRelation(['street', 'city', 'zip']);
    const f = r.fds('street city -> zip', 'zip -> city');
    const report = checkNormalForms(r.all, f);
    expect(report.keys.map(r.namesOf)).toEqual([['street', 'city'], ['street', 'zip']]);
    expect(report.highest).toBe('3NF');
    expect(report.violations.map((v) => [v.normalForm, r.namesOf(v.determinant), r.namesOf(v.dependent)])).toEqual([['BCNF', ['zip'], ['city']]]);
    // Synthesis: groups {street, city, zip} and {zip, city}; the second is inside the first.
    const s = synthesize3NF(r.all, f);
    expect(s.relations.map((x) => r.namesOf(x.attrs))).toEqual([['street', 'city', 'zip']]);
    // BCNF: split on zip → city: {city, zip} and {street, zip}; {street, city} → zip cannot be checked in either part.
    const b = decomposeBCNF(r.all, f);
    expect(b.relations.map(r.namesOf)).toEqual([['city', 'zip'], ['street', 'zip']]);
    expect(b.lost.map(r.format)).toEqual(['{street, city} → {zip}']);
    expect(b.losslessness.lossless).toBe(true);
  });

  it('3. no dependencies: all attributes form the only key, BCNF', () => {
    const r = namedRelation(['A', 'B', 'C']);
    const report = checkNormalForms(r.all, []);
    expect(report.keys).toEqual([r.all]);
    expect(report.highest).toBe('BCNF');
    expect(synthesize3NF(r.all, []).relations.map((x) => r.namesOf(x.attrs))).toEqual([['A', 'B', 'C']]);
  });

  it('4. supplier-parts SP(S, P, Sname, City, Status, Qty) is only in 1NF', () => {
    // S → Sname City Status, City → Status, S P → Qty. Key {S, P} (neither is on a right side, together they reach all).
    // S alone reaches Sname, City, Status: partial dependencies → not 2NF.
    const r = namedRelation(['S', 'P', 'Sname', 'City', 'Status', 'Qty']);
    const f = r.fds('S -> Sname City Status', 'City -> Status', 'S P -> Qty');
    const report = checkNormalForms(r.all, f);
    expect(report.keys.map(r.namesOf)).toEqual([['S', 'P']]);
    expect(report.highest).toBe('1NF');
    const partial = report.violations.filter((v) => v.kind === 'partial');
    expect(partial.map((v) => `${r.namesOf(v.determinant)}→${r.namesOf(v.dependent)}`)).toEqual(['S→Sname', 'S→City', 'S→Status']);
    // Cover: S → Status is implied through City, so it goes. Synthesis: {S, Sname, City}, {City, Status}, {S, P, Qty}.
    expect(minimalCover(f).map(r.format)).toEqual(['{S} → {Sname}', '{S} → {City}', '{City} → {Status}', '{S, P} → {Qty}']);
    const s = synthesize3NF(r.all, f);
    expect(s.relations.map((x) => r.namesOf(x.attrs))).toEqual([['S', 'Sname', 'City'], ['City', 'Status'], ['S', 'P', 'Qty']]);
    expect(s.preservation.preserved).toBe(true);
    expect(s.losslessness.lossless).toBe(true);
  });

  it('5. suppliers S(S, Sname, City, Status) is in 2NF with a transitive dependency City → Status', () => {
    const r = namedRelation(['S', 'Sname', 'City', 'Status']);
    const report = checkNormalForms(r.all, r.fds('S -> Sname City', 'City -> Status'));
    expect(report.keys.map(r.namesOf)).toEqual([['S']]);
    expect(report.highest).toBe('2NF');
    expect(report.violations.map((v) => [v.kind, r.namesOf(v.determinant), r.namesOf(v.dependent)])).toEqual([['transitive', ['City'], ['Status']]]);
  });

  it('6. overlapping candidate keys: SSP(S, Sname, P, Qty) is 3NF, not BCNF', () => {
    // S ↔ Sname, S P → Qty. Keys {S, P} and {Sname, P} overlap in P; all but Qty are prime.
    // S → Sname: S is not a superkey, Sname is prime → BCNF violation only.
    const r = namedRelation(['S', 'Sname', 'P', 'Qty']);
    const report = checkNormalForms(r.all, r.fds('S -> Sname', 'Sname -> S', 'S P -> Qty', 'Sname P -> Qty'));
    expect(report.keys.map(r.namesOf)).toEqual([['S', 'P'], ['Sname', 'P']]);
    expect(report.highest).toBe('3NF');
    expect(report.violations.every((v) => v.kind === 'non_key_determinant')).toBe(true);
  });

  it('7. three overlapping keys: R(ABCDE), A→B, BC→E, ED→A has keys ACD, BCD, CDE', () => {
    // C and D are on no right side: in every key. CD⁺ = CD; adding A, B or E each reaches everything.
    const r = namedRelation(['A', 'B', 'C', 'D', 'E']);
    const report = checkNormalForms(r.all, r.fds('A -> B', 'B C -> E', 'E D -> A'));
    expect(report.keys.map(r.namesOf)).toEqual([['A', 'C', 'D'], ['B', 'C', 'D'], ['C', 'D', 'E']]);
    expect(report.highest).toBe('3NF'); // every attribute is prime
  });

  it('8. redundant dependencies: A→BC, B→C, A→B, AB→C has cover A→B, B→C', () => {
    // Split: A→B, A→C, B→C, AB→C. In AB→C, A is extraneous (B→C), giving B→C again. A→C follows from A→B→C.
    const r = namedRelation(['A', 'B', 'C']);
    const f = r.fds('A -> B C', 'B -> C', 'A -> B', 'A B -> C');
    const cover = minimalCover(f);
    expect(cover.map(r.format)).toEqual(['{A} → {B}', '{B} → {C}']);
    expect(equivalent(cover, f)).toBe(true);
  });

  it('9. extraneous left attribute: AB→C with A→B becomes A→C', () => {
    const r = namedRelation(['A', 'B', 'C']);
    expect(minimalCover(r.fds('A B -> C', 'A -> B')).map(r.format)).toEqual(['{A} → {B}', '{A} → {C}']);
  });

  it('10. a relation of 11 attributes with one key {A, E, H}', () => {
    // A, E, H are on no right side. AEH⁺: A→BC, C→D, DE→F, F→G, H→IJ, AH→K: everything. Only key.
    // A → B is a partial dependency (A ⊂ AEH) → 1NF.
    const r = namedRelation(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K']);
    const f = r.fds('A -> B C', 'C -> D', 'D E -> F', 'F -> G', 'H -> I J', 'A H -> K');
    const report = checkNormalForms(r.all, f);
    expect(report.keys.map(r.namesOf)).toEqual([['A', 'E', 'H']]);
    expect(report.highest).toBe('1NF');
    const s = synthesize3NF(r.all, f);
    // One part per left side (ordered by left-side size, then attribute order), plus the key AEH because no part holds a key.
    expect(s.relations.map((x) => r.namesOf(x.attrs))).toEqual([
      ['A', 'B', 'C'], ['C', 'D'], ['F', 'G'], ['H', 'I', 'J'], ['A', 'H', 'K'], ['D', 'E', 'F'], ['A', 'E', 'H'],
    ]);
    expect(s.losslessness.lossless).toBe(true);
  });

  it('11. Elmasri EMP_PROJ: two partial dependencies on the key {Ssn, Pnumber}', () => {
    const r = namedRelation(['Ssn', 'Pnumber', 'Hours', 'Ename', 'Pname', 'Plocation']);
    const f = r.fds('Ssn Pnumber -> Hours', 'Ssn -> Ename', 'Pnumber -> Pname Plocation');
    const report = checkNormalForms(r.all, f);
    expect(report.keys.map(r.namesOf)).toEqual([['Ssn', 'Pnumber']]);
    expect(report.highest).toBe('1NF');
    expect(new Set(report.violations.map((v) => `${r.namesOf(v.determinant)}→${r.namesOf(v.dependent)}`)))
      .toEqual(new Set(['Ssn→Ename', 'Pnumber→Pname', 'Pnumber→Plocation']));
    expect(synthesize3NF(r.all, f).relations.map((x) => r.namesOf(x.attrs))).toEqual([['Ssn', 'Ename'], ['Pnumber', 'Pname', 'Plocation'], ['Ssn', 'Pnumber', 'Hours']]);
  });

  it('12. Elmasri EMP_DEPT: Dnumber → Dname, Dmgr_ssn is transitive', () => {
    const r = namedRelation(['Ename', 'Ssn', 'Bdate', 'Address', 'Dnumber', 'Dname', 'Dmgr_ssn']);
    const report = checkNormalForms(r.all, r.fds('Ssn -> Ename Bdate Address Dnumber', 'Dnumber -> Dname Dmgr_ssn'));
    expect(report.keys.map(r.namesOf)).toEqual([['Ssn']]);
    expect(report.highest).toBe('2NF');
    expect(report.violations.map((v) => `${v.kind}:${r.namesOf(v.determinant)}→${r.namesOf(v.dependent)}`)).toEqual(['transitive:Dnumber→Dname', 'transitive:Dnumber→Dmgr_ssn']);
  });

  it('13. Elmasri LOTS: two keys, a partial and a transitive dependency', () => {
    // Keys Property_id and {County, Lot}; County → Tax_rate is partial (County ⊂ {County, Lot}); Area → Price is transitive.
    const r = namedRelation(['Property_id', 'County', 'Lot', 'Area', 'Price', 'Tax_rate']);
    const report = checkNormalForms(r.all, r.fds(
      'Property_id -> County Lot Area Price Tax_rate', 'County Lot -> Property_id Area Price Tax_rate', 'County -> Tax_rate', 'Area -> Price',
    ));
    expect(report.keys.map(r.namesOf)).toEqual([['Property_id'], ['County', 'Lot']]);
    expect(report.highest).toBe('1NF');
    expect(report.violations.map((v) => `${v.kind}:${r.namesOf(v.determinant)}→${r.namesOf(v.dependent)}`)).toEqual(['partial:County→Tax_rate', 'transitive:Area→Price']);
  });

  it('14. student/course/instructor: BCNF decomposition loses {student, course} → instructor', () => {
    const r = namedRelation(['student', 'course', 'instructor']);
    const f = r.fds('student course -> instructor', 'instructor -> course');
    expect(checkNormalForms(r.all, f).highest).toBe('3NF');
    const b = decomposeBCNF(r.all, f);
    expect(b.relations.map(r.namesOf)).toEqual([['course', 'instructor'], ['student', 'instructor']]);
    expect(b.lost.map(r.format)).toEqual(['{student, course} → {instructor}']);
    expect(b.losslessness.lossless).toBe(true);
  });

  it('15. cyclic keys: A→B, B→C, C→A make every single attribute a key (BCNF)', () => {
    const r = namedRelation(['A', 'B', 'C']);
    const report = checkNormalForms(r.all, r.fds('A -> B', 'B -> C', 'C -> A'));
    expect(report.keys.map(r.namesOf)).toEqual([['A'], ['B'], ['C']]);
    expect(report.highest).toBe('BCNF');
  });

  it('16. R(ABCD), AB→C, C→D, D→A: keys AB, BC, BD, all prime, 3NF not BCNF', () => {
    const r = namedRelation(['A', 'B', 'C', 'D']);
    const report = checkNormalForms(r.all, r.fds('A B -> C', 'C -> D', 'D -> A'));
    expect(report.keys.map(r.namesOf)).toEqual([['A', 'B'], ['B', 'C'], ['B', 'D']]);
    expect(report.highest).toBe('3NF');
    expect(report.violations.map((v) => `${r.namesOf(v.determinant)}→${r.namesOf(v.dependent)}`)).toEqual(['C→D', 'D→A']);
  });

  it('17. chase: {AB, BC} is lossy under A→B, {AB, AC} is lossless', () => {
    // Common attribute B determines neither side in the first; A determines B in the second.
    const r = namedRelation(['A', 'B', 'C']);
    const f = r.fds('A -> B');
    expect(chase(r.all, [r.set('A', 'B'), r.set('B', 'C')], f).lossless).toBe(false);
    const good = chase(r.all, [r.set('A', 'B'), r.set('A', 'C')], f);
    expect(good.lossless).toBe(true);
    expect(good.witnessRow).toBe(1);
  });

  it('18. preservation: {AB, AC} loses B → C; {AB, BC} keeps both', () => {
    // Restricted closure of B over AB and AC: B∩AC is empty, so C is never reached.
    const r = namedRelation(['A', 'B', 'C']);
    const f = r.fds('A -> B', 'B -> C');
    expect(checkPreservation([r.set('A', 'B'), r.set('A', 'C')], f).lost.map(r.format)).toEqual(['{B} → {C}']);
    expect(checkPreservation([r.set('A', 'B'), r.set('B', 'C')], f).preserved).toBe(true);
    // A → C is preserved by {AB, BC} although no part holds both A and C.
    expect(checkPreservation([r.set('A', 'B'), r.set('B', 'C')], r.fds('A -> C', 'A -> B', 'B -> C')).preserved).toBe(true);
  });

  it('19. synthesis adds a key relation: R(ABCD), A→B, C→D gives AB, CD, AC', () => {
    const r = namedRelation(['A', 'B', 'C', 'D']);
    const s = synthesize3NF(r.all, r.fds('A -> B', 'C -> D'));
    expect(s.relations.map((x) => r.namesOf(x.attrs))).toEqual([['A', 'B'], ['C', 'D'], ['A', 'C']]);
    expect(s.relations[2]!.determinant).toBeNull();
    expect(s.losslessness.lossless).toBe(true);
  });

  it('20. a constant column (∅ → A) is in no key', () => {
    const r = namedRelation(['A', 'B']);
    const f = r.fds('-> A');
    expect(candidateKeys(r.all, f).keys.map(r.namesOf)).toEqual([['B']]);
    expect(closure(0n, f)).toBe(r.set('A'));
  });

  it('21. 2NF through a chain: AB key, A→C, C→D — both C and D depend on part of the key', () => {
    // A⁺ = ACD, so C and D are partially dependent on A; C → D is also transitive.
    const r = namedRelation(['A', 'B', 'C', 'D']);
    const report = checkNormalForms(r.all, r.fds('A B -> C D', 'A -> C', 'C -> D'));
    expect(report.highest).toBe('1NF');
    expect(report.violations.map((v) => `${v.kind}:${r.namesOf(v.determinant)}→${r.namesOf(v.dependent)}`)).toEqual(['partial:A→C', 'partial:A→D', 'transitive:C→D']);
  });

  it('22. 2^n keys: 15 pairs Ai ↔ Bi stop at the key limit with partial: true', () => {
    const names = Array.from({ length: 15 }, (_, i) => [`A${i}`, `B${i}`]).flat();
    const r = namedRelation(names);
    const f = Array.from({ length: 15 }, (_, i) => r.fds(`A${i} -> B${i}`, `B${i} -> A${i}`)).flat();
    const bounded = candidateKeys(r.all, f, { limit: 100 });
    expect(bounded.partial).toBe(true);
    expect(bounded.keys).toHaveLength(100);
    // Five pairs: all 2^5 = 32 keys, and the search says it is complete.
    const small = namedRelation(names.slice(0, 10));
    const all = candidateKeys(small.all, Array.from({ length: 5 }, (_, i) => small.fds(`A${i} -> B${i}`, `B${i} -> A${i}`)).flat());
    expect(all.keys).toHaveLength(32);
    expect(all.partial).toBe(false);
  });

  it('23. BCNF decomposition of supplier-parts is lossless and in BCNF', () => {
    const r = namedRelation(['S', 'P', 'Sname', 'City', 'Status', 'Qty']);
    const f = r.fds('S -> Sname City Status', 'City -> Status', 'S P -> Qty');
    const b = decomposeBCNF(r.all, f);
    expect(b.losslessness.lossless).toBe(true);
    expect(b.relations.every((part) => partForm(part, f) === 'BCNF')).toBe(true);
    expect(b.lost).toEqual([]);
  });
});
