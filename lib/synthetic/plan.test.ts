import { describe, expect, it } from 'vitest';
import { saasTemplate } from '../templates/saas';
import { ecommerceTemplate } from '../templates/ecommerce';
import { boundsFromChecks } from './checks';
import { planSyntheticData } from './plan';

describe('boundsFromChecks', () => {
  it('reads simple comparisons, BETWEEN, IN lists and length limits joined by AND', () => {
    expect(boundsFromChecks('price', ['price >= 0'])).toMatchObject({ min: 0, max: null });
    expect(boundsFromChecks('quantity', ['(("quantity" > 0) AND (quantity <= 50))'])).toMatchObject({ min: 1, max: 50 });
    expect(boundsFromChecks('score', ['score BETWEEN 1 AND 5'])).toMatchObject({ min: 1, max: 5 });
    expect(boundsFromChecks('status', ["status IN ('active', 'suspended')"]).values).toEqual(["'active'", "'suspended'"]);
    expect(boundsFromChecks('status', ["(status = ANY (ARRAY['a'::text, 'b'::text]))"]).values).toEqual(["'a'", "'b'"]);
    expect(boundsFromChecks('code', ['char_length(code) <= 8']).maxLength).toBe(8);
    expect(boundsFromChecks('a', ['a > b'])).toMatchObject({ min: null, max: null, values: null });
  });
});

describe('planSyntheticData', () => {
  it('scales declared volumes, loads parents first and explains every column', () => {
    const plan = planSyntheticData(ecommerceTemplate(), { scale: 0.01, now: '2026-05-01' });
    expect(plan.tables.map((t) => t.name)).toEqual(['users', 'categories', 'products', 'orders', 'order_items']);
    expect(Object.fromEntries(plan.tables.map((t) => [t.name, t.rows]))).toEqual({ users: 2000, categories: 100, products: 500, orders: 10_000, order_items: 30_000 });
    const users = plan.tables[0]!;
    expect(users.columns.find((c) => c.column === 'email')!.strategy).toMatch(/unique/);
    expect(users.columns.find((c) => c.column === 'status')!.strategy).toMatch(/CHECK/);
    expect(plan.tables[3]!.columns.find((c) => c.column === 'user_id')!.strategy).toMatch(/Zipf/);
    expect(plan.tables[3]!.statements[0]!.sql).toMatch(/^INSERT INTO "public"\."orders" \("user_id", "status", "total", "created_at"\)/);
  });

  it('caps a table by the per-table maximum and by what a composite key of two parents can hold', () => {
    const plan = planSyntheticData(saasTemplate(), { scale: 1, maxRows: 5_000, undeclaredRows: 1_000_000, minRows: 0 });
    const memberships = plan.tables.find((t) => t.name === 'memberships')!;
    expect(memberships.rows).toBe(5_000);
    const tiny = planSyntheticData(saasTemplate(), { scale: 0.0001, undeclaredRows: 10_000_000 });
    const m = tiny.tables.find((t) => t.name === 'memberships')!;
    // 10 tenants × 40 users: each pair at most once.
    expect(m.rows).toBe(400);
    expect(m.notes.join(' ')).toMatch(/pair at most once/);
  });

  it('splits big tables into chunks and is deterministic', () => {
    const a = planSyntheticData(ecommerceTemplate(), { scale: 0.05, chunkRows: 20_000, seed: 3, now: '2026-05-01' });
    const b = planSyntheticData(ecommerceTemplate(), { scale: 0.05, chunkRows: 20_000, seed: 3, now: '2026-05-01' });
    expect(a.tables.find((t) => t.name === 'orders')!.statements.map((s) => s.rows)).toEqual([20_000, 20_000, 10_000]);
    expect(b.tables.map((t) => t.statements.map((s) => s.sql))).toEqual(a.tables.map((t) => t.statements.map((s) => s.sql)));
  });
});
