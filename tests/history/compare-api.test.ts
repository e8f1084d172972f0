import { describe, expect, it } from 'vitest';
import { apiError, useTemporaryStorage } from '../api/support/api';
import { createDiagram, getCompare, reviewEdits, routes, save, saveVersion } from './support/routes';

useTemporaryStorage();

describe('GET /api/diagrams/:id/compare', () => {
  it('routes are dynamic and run on Node.js', () => {
    for (const route of [routes.compare, routes.restore, routes.version, routes.versions]) {
      expect([route.dynamic, route.runtime]).toEqual(['force-dynamic', 'nodejs']);
    }
  });

  it('shows what changed between a named version and the current diagram, and the migration for it', async () => {
    let diagram = await createDiagram({ templateId: 'ecommerce' });
    const pinned = await saveVersion(diagram.id, 'Before the review');
    diagram = await save(diagram, reviewEdits);

    const answer = await getCompare(diagram.id, `?from=${pinned.version}&to=current`);
    expect(answer.status).toBe(200);
    const { from, to, changes, migration, migrationProblem } = answer.body;
    expect(from).toMatchObject({ ref: pinned.version, label: 'Before the review', kind: 'named', revision: 1 });
    expect(to).toMatchObject({ ref: 'current', label: 'Current diagram', kind: 'current', revision: diagram.revision });
    expect(to.document.tables.map((t) => t.name)).toContain('customers');

    const status = Object.fromEntries(changes.tables.map((t) => [t.name, t.status]));
    expect(status).toEqual({ customers: 'changed', products: 'unchanged', orders: 'changed', order_items: 'unchanged', categories: 'removed' });
    expect(changes.tables.find((t) => t.name === 'customers')!.previousName).toBe('users');
    expect(changes.tables.find((t) => t.name === 'orders')!.columns).toEqual([
      { columnId: 'col_orders_phone', status: 'added', name: 'phone', previousName: null, changes: [] },
    ]);
    expect(changes.objects.filter((o) => o.kind === 'relationship').map((o) => o.status)).toEqual(['removed', 'removed']);

    expect(migrationProblem).toBeNull();
    expect(migration!.up).toMatch(/ALTER TABLE "public"\."users" RENAME TO "customers"/);
    expect(migration!.up).toMatch(/ALTER TABLE "public"\."orders" ADD COLUMN "phone" text/);
    expect(migration!.up).toMatch(/DROP TABLE "public"\."categories"/);
    expect(migration!.down).toMatch(/CREATE TABLE "public"\."categories"/);
    expect(migration!.down).toMatch(/RENAME TO "users"/);
    expect(migration!.files.length).toBeGreaterThan(0);
    expect(migration!.up).toBe(migration!.files.map((f) => f.upSql).join('\n'));
    const drop = migration!.hazards.find((h) => h.sql.includes('DROP TABLE'));
    expect(drop?.hazards).toContain('DELETES_DATA');
  });

  it('compares in either direction and between two versions', async () => {
    let diagram = await createDiagram({ templateId: 'ecommerce' });
    const before = await saveVersion(diagram.id, 'before');
    diagram = await save(diagram, reviewEdits);
    const after = await saveVersion(diagram.id, 'after');
    const backwards = await getCompare(diagram.id, `?from=${after.version}&to=${before.version}`);
    expect(backwards.status).toBe(200);
    expect(backwards.body.changes.tables.find((t) => t.name === 'categories')!.status).toBe('added');
    expect(backwards.body.migration!.up).toMatch(/CREATE TABLE "public"\."categories"/);
    const same = await getCompare(diagram.id, `?from=${after.version}`);
    expect(same.body.changes.identical).toBe(true);
    expect(same.body.migration!.files).toEqual([]);
    expect(same.body.migration!.up).toBe('');
  });

  it('says what is wrong with the query, and 404 for a version that does not exist', async () => {
    const diagram = await createDiagram({ templateId: 'ecommerce' });
    const noFrom = await getCompare(diagram.id, '');
    expect(noFrom.status).toBe(400);
    expect(apiError(noFrom).problems?.map((p) => p.path)).toEqual(['from']);
    const empty = await getCompare(diagram.id, '?from=empty');
    expect(empty.status).toBe(400);
    expect(apiError(empty).problems?.[0]?.message).toMatch(/"current" or a saved version number/);
    const missing = await getCompare(diagram.id, '?from=9');
    expect(missing.status).toBe(404);
    expect(apiError(missing).message).toMatch(/has no version 9/);
  });
});
