import { describe, expect, it } from 'vitest';
import { DiagramBuilder } from '../model/builder';
import { ragTemplate } from '../templates/rag';
import { patternQuery } from './pattern-query';

describe('patternQuery', () => {
  it('renders filters as parameters, constants inline, then ORDER BY and LIMIT', () => {
    const b = new DiagramBuilder('q', { readableIds: true });
    b.table('orders', (t) => t.column('id', 'bigint').column('user_id', 'bigint').column('status', 'text').column('done', 'boolean').column('total', 'numeric')
      .column('created_at', 'timestamptz').primaryKey('id')
      .accessPattern({
        name: 'p', select: ['id', 'total'], limit: 20, orderBy: [{ column: 'created_at', direction: 'desc' }],
        filters: [{ column: 'user_id', operator: 'eq' }, { column: 'status', operator: 'eq', constant: "o'pen" }, { column: 'done', operator: 'eq', constant: 'false' }, { column: 'total', operator: 'between' }],
      }));
    const q = patternQuery(b.build(), 'tbl_orders', 'ap_orders_p');
    expect(q.ok && q.value.sql).toBe(`SELECT "id", "total" FROM "public"."orders" WHERE "user_id" = $1 AND "status" = 'o''pen' AND "done" = false AND "total" BETWEEN $2 AND $3 ORDER BY "created_at" DESC LIMIT 20`);
    expect(q.ok && q.value.params.map((p) => p.meaning)).toEqual(['a value of orders.user_id', 'the lower bound of orders.total', 'the upper bound of orders.total']);
  });

  it('orders by the distance operator of a similarity pattern', () => {
    const q = patternQuery(ragTemplate(), 'tbl_chunks', 'ap_chunks_nearest_chunks_to_a_question');
    expect(q.ok && q.value.sql).toBe('SELECT * FROM "public"."chunks" ORDER BY "embedding" <=> $1 LIMIT 10');
  });

  it('fails with a message for an unknown pattern', () => {
    expect(patternQuery(ragTemplate(), 'tbl_chunks', 'nope')).toEqual({ ok: false, error: 'table "chunks" has no access pattern "nope"' });
  });
});
