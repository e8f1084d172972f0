import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/normalization';
import { declareDependency, discoverTableDependencies, type DataDependencySuggestion, type SampleValue } from '../../lib/normalization/discovery';
import type { DiagramDocument, Table } from '../../lib/model';
import { aColumn, aDocument, anIdColumn, aTable } from '../../lib/model/testing';
import { encodeColumn } from '../../lib/normalization/discovery/encode';
import { g3Violations } from '../../lib/normalization/discovery/g3';
import { columnPartition, product, productScratch } from '../../lib/normalization/discovery/partition';

const ZIPS: [string, string, string][] = [
  ['10001', 'New York', 'NY'], ['10002', 'New York', 'NY'], ['94103', 'San Francisco', 'CA'],
  ['94105', 'San Francisco', 'CA'], ['60601', 'Chicago', 'IL'], ['73301', 'Austin', 'TX'],
];

function addressesTable(): Table {
  return aTable({
    name: 'addresses',
    columns: [anIdColumn(), aColumn({ name: 'street' }), aColumn({ name: 'zip' }), aColumn({ name: 'city' }), aColumn({ name: 'state' })],
  });
}

/** 300 addresses, zip → city → state exact; streets unique except for repeats every 97 rows. */
function addressRows(): SampleValue[][] {
  return Array.from({ length: 300 }, (_, i) => {
    const [zip, city, state] = ZIPS[i % ZIPS.length]!;
    return [String(i + 1), `${(i % 97) + 1} Main St`, zip, city, state];
  });
}

function discover(doc: DiagramDocument, table: Table, rows: SampleValue[][], options = {}) {
  const result = discoverTableDependencies(doc, { tableId: table.id, columnIds: table.columns.map((c) => c.id), rows }, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function spelled(table: Table, s: DataDependencySuggestion): string {
  const name = (id: string) => table.columns.find((c) => c.id === id)!.name;
  return `${s.dependency!.determinant.map(name).join(',')} -> ${s.dependency!.dependent.map(name).join(',')}`;
}

describe('dependency discovery on sampled rows', () => {
  it('finds zip → city, state and city → state exactly on textbook data', () => {
    const table = addressesTable();
    const doc = aDocument({ tables: [table] });
    const found = discover(doc, table, addressRows());
    const exact = found.suggestions.filter((s) => s.sample.kind === 'exact').map((s) => spelled(table, s));
    expect(exact).toEqual(expect.arrayContaining(['zip -> city,state', 'city -> state']));
    // state does not fix the zip (two zips per state), and the primary key is not rediscovered.
    expect(exact).not.toContain('state -> zip');
    expect(exact.some((s) => s.startsWith('id ->'))).toBe(false);
    const zip = found.suggestions.find((s) => spelled(table, s) === 'zip -> city,state')!;
    expect(zip.reason).toBe('zip → city, state holds on 300 sampled rows (294 of them repeat a zip value)');
    expect(zip.severity).toBe('warning');
    // evidence: 294 repeats × (1 − Σp² of city = 10/36) ≈ 212 → 212 / 232 ≈ 0.91.
    expect(zip.sample.evidence).toBe(212.3);
    expect(zip.confidence).toBe(0.91);
    expect(zip.inferred).toBe(true);
    expect(zip.fix).toMatchObject({ kind: 'declare_dependency', tableId: table.id });
  });

  it('skips what the schema already implies: declared dependencies and their closure', () => {
    const table = addressesTable();
    const [, , zip, city, state] = table.columns.map((c) => c.id) as [string, string, string, string, string];
    const declared: Table = { ...table, dependencies: [{ id: 'fd_zip', determinant: [zip], dependent: [city], note: '' }, { id: 'fd_city', determinant: [city], dependent: [state], note: '' }] };
    const found = discover(aDocument({ tables: [declared] }), declared, addressRows());
    // zip → city, zip → state and city → state are implied; state → city is new (one city per state in these rows).
    expect(found.suggestions.filter((s) => s.sample.kind === 'exact').map((s) => spelled(declared, s))).toEqual(['state -> city']);
  });

  it('reports an approximate dependency with its g3 error', () => {
    const table = addressesTable();
    const rows = addressRows();
    // Three typos: rows of zip 10001 spelled "New Yrok". g3 = 3 / 300 = 1%.
    let typos = 0;
    for (const row of rows) if (row[2] === '10001' && typos < 3) { row[3] = 'New Yrok'; typos++; }
    const found = discover(aDocument({ tables: [table] }), table, rows, { maxError: 0.02 });
    const zipCity = found.suggestions.find((s) => spelled(table, s) === 'zip -> city')!;
    expect(zipCity.sample).toMatchObject({ kind: 'approximate', sampledRows: 300, exceptions: 3, error: 0.01, repeats: 294 });
    expect(zipCity.reason).toBe('zip → city holds on 99.0% of 300 rows (3 exceptions)');
    expect(zipCity.severity).toBe('info');
    // zip → state still holds exactly, on its own.
    expect(found.suggestions.map((s) => spelled(table, s))).toContain('zip -> state');
    // Below the error limit it is not offered at all.
    const strict = discover(aDocument({ tables: [table] }), table, rows, { maxError: 0.005 });
    expect(strict.suggestions.map((s) => spelled(table, s))).not.toContain('zip -> city');
  });

  it('computes g3 as the fewest rows to delete, not the rows in conflicting groups', () => {
    // a=1: b = x,x,x,y (1 to delete); a=2: b = z,z,w,w (2 to delete); a=3: q×4; a=4 once → g3 = 3.
    const rows: SampleValue[][] = [['1', 'x'], ['1', 'x'], ['1', 'x'], ['1', 'y'], ['2', 'z'], ['2', 'z'], ['2', 'w'], ['2', 'w'], ['3', 'q'], ['3', 'q'], ['3', 'q'], ['3', 'q'], ['4', 'y']];
    const a = encodeColumn(rows, 0);
    const b = encodeColumn(rows, 1);
    const partition = columnPartition(a.codes, a.distinct);
    const counts = new Int32Array(b.distinct);
    expect(g3Violations(partition, b.codes, counts, 100)).toBe(3);
    // Stops once past the limit, and the scratch counts are left clean for the next call.
    expect(g3Violations(partition, b.codes, counts, 0)).toBe(1);
    expect([...counts]).toEqual([0, 0, 0, 0, 0]);
    // b → a: y appears under a=1 and a=4 (1 to delete); the rest agree.
    const bPartition = columnPartition(b.codes, b.distinct);
    expect(g3Violations(bPartition, a.codes, new Int32Array(a.distinct), 100)).toBe(1);
  });

  it('builds partitions of column sets by product', () => {
    const rows: SampleValue[][] = [['1', 'x'], ['1', 'x'], ['1', 'y'], ['2', 'x'], ['2', 'x'], ['3', 'x']];
    const a = encodeColumn(rows, 0);
    const b = encodeColumn(rows, 1);
    const ab = product(columnPartition(a.codes, a.distinct), columnPartition(b.codes, b.distinct), productScratch(rows.length));
    const classes = Array.from({ length: ab.starts.length - 1 }, (_, k) => [...ab.rows.slice(ab.starts[k], ab.starts[k + 1])].sort());
    expect(classes.sort()).toEqual([[0, 1], [3, 4]]);
  });

  it('offers a column unique in the sample once, as a key of the sample', () => {
    const table = aTable({ name: 'people', primaryKey: null, columns: [aColumn({ name: 'email' }), aColumn({ name: 'team' }), aColumn({ name: 'floor' })] });
    const rows: SampleValue[][] = Array.from({ length: 60 }, (_, i) => [`p${i}@x.org`, `team${i % 6}`, String(i % 3)]);
    const found = discover(aDocument({ tables: [table] }), table, rows);
    const keys = found.suggestions.filter((s) => s.sample.kind === 'sample_key');
    expect(keys.map((s) => spelled(table, s))).toEqual(['email -> team,floor']);
    expect(keys[0]!.reason).toBe('email is unique on 60 sampled rows: a candidate key in the sample');
    // Everything email determines is not listed again one by one.
    expect(found.suggestions.filter((s) => s.dependency!.determinant.length === 1 && spelled(table, s).startsWith('email')).length).toBe(1);
    expect(found.suggestions.map((s) => spelled(table, s))).toContain('team -> floor');
  });

  it('does not offer a key the schema declares (primary key, NOT NULL unique)', () => {
    const email = aColumn({ name: 'email', nullable: false });
    const table = aTable({ name: 'people', primaryKey: null, columns: [email, aColumn({ name: 'team' })], uniques: [{ id: 'uq_email', name: null, columnIds: [email.id], nullsNotDistinct: false }] });
    const rows: SampleValue[][] = Array.from({ length: 40 }, (_, i) => [`p${i}@x.org`, `team${i % 4}`]);
    expect(discover(aDocument({ tables: [table] }), table, rows).suggestions).toEqual([]);
  });

  it('treats NULL as a value equal to itself and says so', () => {
    const table = aTable({ name: 'shipments', primaryKey: null, columns: [aColumn({ name: 'carrier' }), aColumn({ name: 'carrier_phone' })] });
    const rows: SampleValue[][] = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? [null, null] : ['UPS', '555-0100'] as SampleValue[]))
      .concat(Array.from({ length: 10 }, () => ['DHL', '555-0199']));
    const found = discover(aDocument({ tables: [table] }), table, rows);
    const s = found.suggestions.find((x) => spelled(table, x) === 'carrier -> carrier_phone')!;
    expect(s.sample.kind).toBe('exact');
    expect(s.reason).toContain('NULL counts as one value here');
    // A NULL carrier with a non-NULL phone breaks it: NULL = NULL, so the rows conflict.
    rows[0] = [null, '555-0000'];
    const broken = discover(aDocument({ tables: [table] }), table, rows, { maxError: 0 });
    expect(broken.suggestions.map((x) => spelled(table, x))).not.toContain('carrier -> carrier_phone');
  });

  it('does not offer snapshot columns as dependents, nor dependencies an accepted exception covers', () => {
    const table = addressesTable();
    const [, , zip, city, state] = table.columns.map((c) => c.id) as [string, string, string, string, string];
    const snap: Table = { ...table, columns: table.columns.map((c) => (c.id === state ? { ...c, snapshotOf: { columnId: city, note: '' } } : c)) };
    const doc = aDocument({
      tables: [snap],
      exceptions: [{ id: 'exc_zip', code: 'SUGGESTED_ZIP_DEPENDENCY', subject: { tableId: snap.id, columnIds: [zip, city], objectId: null }, justification: 'postal codes here cross town boundaries on purpose' }],
    });
    const spellings = discover(doc, snap, addressRows()).suggestions.map((s) => spelled(snap, s));
    expect(spellings.filter((s) => s.includes('state') && !s.startsWith('state'))).toEqual([]);
    expect(spellings).not.toContain('zip -> city');
  });

  it('skips (nearly) constant columns as dependents and lists them', () => {
    const table = aTable({ name: 't', primaryKey: null, columns: [aColumn({ name: 'a' }), aColumn({ name: 'b' }), aColumn({ name: 'country' })] });
    const rows: SampleValue[][] = Array.from({ length: 50 }, (_, i) => [String(i % 5), String(i % 5), 'US']);
    const found = discover(aDocument({ tables: [table] }), table, rows);
    expect(found.constantColumnIds).toEqual([table.columns[2]!.id]);
    expect(found.suggestions.some((s) => s.dependency!.dependent.includes(table.columns[2]!.id))).toBe(false);
  });

  it('is deterministic: the same sample gives the same suggestions', () => {
    const table = addressesTable();
    const doc = aDocument({ tables: [table] });
    expect(discover(doc, table, addressRows())).toEqual(discover(doc, table, addressRows()));
  });

  it('rejects a sample that does not fit the table', () => {
    const table = addressesTable();
    const doc = aDocument({ tables: [table] });
    const result = discoverTableDependencies(doc, { tableId: table.id, columnIds: ['col_nope'], rows: [] });
    expect(result.ok).toBe(false);
    const short = discoverTableDependencies(doc, { tableId: table.id, columnIds: [table.columns[0]!.id], rows: [['1', '2']] });
    expect(!short.ok && short.error.message).toBe('row 0 of the sample of "addresses" has 2 values for 1 columns');
  });

  it('declaring a suggestion makes the normalization check judge it', () => {
    const table = addressesTable();
    const doc = aDocument({ tables: [table] });
    const zipCity = discover(doc, table, addressRows()).suggestions.find((s) => spelled(table, s) === 'zip -> city,state')!;
    const declared = declareDependency(doc, zipCity.fix);
    if (!declared.ok) throw new Error(declared.error);
    const codes = analyzeDocument(declared.value).findings.filter((f) => !f.inferred).map((f) => f.code);
    expect(codes).toContain('NF3_TRANSITIVE_DEPENDENCY');
    expect(declareDependency(declared.value, zipCity.fix).ok).toBe(false);
  });

  it('handles 20 columns × 10,000 rows (prints the time)', () => {
    const columns = Array.from({ length: 20 }, (_, i) => aColumn({ name: `c${i}` }));
    const table = aTable({ name: 'wide', primaryKey: null, columns });
    // Seeded random columns with cardinalities from 2 to ~10,000; c1 = f(c0) and c3 = f(c2) hold exactly.
    const random = mulberry32(7);
    const rows: SampleValue[][] = Array.from({ length: 10_000 }, () => {
      const row = columns.map((_, i) => String(Math.floor(random() * (2 + i * i * 25))));
      row[1] = String(Number(row[0]) % 7);
      row[3] = String(Number(row[2]) % 11);
      return row;
    });
    const started = performance.now();
    const found = discover(aDocument({ tables: [table] }), table, rows);
    const ms = performance.now() - started;
    console.log(`discovery: 20 columns × 10,000 rows in ${ms.toFixed(0)} ms, ${found.candidatesTested} candidates tested, ${found.suggestions.length} suggestions`);
    const spellings = found.suggestions.map((s) => spelled(table, s));
    expect(spellings).toContain('c0 -> c1');
    expect(spellings).toContain('c2 -> c3');
  });
});

/** A small seeded PRNG, so the wide sample is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
