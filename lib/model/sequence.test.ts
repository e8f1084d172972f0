import { describe, expect, it } from 'vitest';
import { DiagramBuilder } from './builder';
import { documentProblems, parseDocument } from './parse';

const base = () => {
  const b = new DiagramBuilder('seq', { readableIds: true });
  b.table('orders', (t) => t.column('id', 'integer', { nullable: false, default: "nextval('orders_id_seq'::regclass)" }).primaryKey('id'));
  b.sequence('orders_id_seq', { dataType: 'integer', ownedBy: 'orders.id' });
  return b.build();
};
const problems = (doc: unknown) => {
  const result = parseDocument(JSON.parse(JSON.stringify(doc)));
  return result.ok ? [] : documentProblems(result.error).map((p) => `${p.path.join('.')}: ${p.message}`);
};

describe('sequences in the document', () => {
  it('defaults every option, so a document without sequences (or with a bare one) stays valid', () => {
    const doc = base();
    expect(doc.sequences[0]).toEqual({
      id: 'seq_orders_id_seq', schemaId: 'sch_public', name: 'orders_id_seq', dataType: 'integer', start: null, increment: 1,
      minValue: null, maxValue: null, cache: 1, cycle: false, ownedBy: { columnId: 'col_orders_id' }, comment: '',
    });
    expect(problems(doc)).toEqual([]);
    const { sequences: _s, ...without } = doc;
    expect(problems(without)).toEqual([]);
  });

  it('checks the schema, the owner column, the relation namespace, the bounds and unknown fields', () => {
    const doc = base();
    doc.sequences.push({ ...doc.sequences[0]!, id: 'seq_2', name: 'orders', ownedBy: { columnId: 'col_nope' } });
    doc.sequences.push({ ...doc.sequences[0]!, id: 'seq_3', name: 'small', dataType: 'smallint', maxValue: 40000, ownedBy: null });
    doc.sequences.push({ ...doc.sequences[0]!, id: 'seq_4', name: 'late', schemaId: 'sch_gone', start: 0, ownedBy: null });
    expect(problems(doc)).toEqual(expect.arrayContaining([
      'sequences.1.name: the name "orders" is already used by table "orders" in the same schema',
      'sequences.1.ownedBy.columnId: refers to column "col_nope", which does not exist',
      'sequences.2.maxValue: maxValue 40000 is out of range for a smallint sequence "small"',
      'sequences.3.schemaId: refers to schema "sch_gone", which does not exist',
      'sequences.3.start: sequence "late" starts at 0, outside its range 1 to 2147483647',
    ]));
    expect(problems({ ...doc, sequences: [{ ...doc.sequences[0], restart: 5 }] })).toEqual([expect.stringContaining('restart')]);
  });
});
