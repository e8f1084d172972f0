import { afterAll, beforeAll, expect, it } from 'vitest';
import { applyLogged } from '../../lib/collab/apply-op';
import type { LoggedOp } from '../../lib/collab/types';
import { newColumn, newTable } from '../../lib/editor/factories/new-table';
import { readLog } from '../../lib/server/collab/ops-log';
import { ecommerceTemplate } from '../../lib/templates/ecommerce';
import { describeEachBackend } from '../storage/support/backends';
import { comment, migrate, newDiagram, opId, openInstance, rename, type Instance } from './support';

function value<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.message}`);
  return result.value;
}

const AUTHOR = { userId: null, name: 'Ana' };

describeEachBackend('co-editing: applying operations', (database, backend) => {
  const kind = backend.name.startsWith('PGlite') ? 'embedded' : 'server';
  let one: Instance;
  let two: Instance;
  const published: { diagramId: string; revision: number }[] = [];

  beforeAll(async () => {
    await migrate(database().connectionString);
    one = openInstance(database().connectionString, kind);
    // A second "app instance": its own pool and services on the same database.
    two = openInstance(database().connectionString, kind);
    one.collab.bus.listen((event) => { if (event.kind === 'ops') published.push({ diagramId: event.diagramId, revision: event.revision }); });
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
  });

  it('applies operations in order, one revision each, logged with their author, and says so after the commit', async () => {
    const diagram = await newDiagram(one.diagrams);
    const users = diagram.tableId('users');
    const [a, b] = [opId(), opId()];
    const answer = value(await one.collab.ops.applyOps(diagram.id, { clientId: 'client-one', author: AUTHOR, ops: [
      { opId: a, command: rename(users, 'customers') },
      { opId: b, command: { kind: 'updateDiagram', changes: { name: 'Shop' } } },
    ] }));
    expect(answer).toEqual({ revision: 3, outcomes: [{ opId: a, status: 'applied', revision: 2 }, { opId: b, status: 'applied', revision: 3 }] });

    const stored = value(await one.diagrams.getDiagram(diagram.id));
    expect(stored).toMatchObject({ revision: 3, name: 'Shop' });
    expect(stored.document.tables.find((t) => t.id === users)!.name).toBe('customers');
    const log = await readLog(one.db, diagram.id, 1, 10);
    expect(log.revision).toBe(3);
    expect(log.ops.map((op) => ({ revision: op.revision, opId: op.opId, clientId: op.clientId, authorName: op.authorName }))).toEqual([
      { revision: 2, opId: a, clientId: 'client-one', authorName: 'Ana' },
      { revision: 3, opId: b, clientId: 'client-one', authorName: 'Ana' },
    ]);
    expect(published).toContainEqual({ diagramId: diagram.id, revision: 3 });
  });

  it('answers a retried operation with its earlier outcome and does not apply it twice', async () => {
    const diagram = await newDiagram(one.diagrams);
    const orders = diagram.tableId('orders');
    const column = newColumn(ecommerceTemplate().tables.find((t) => t.id === orders)!, { name: 'note', type: 'text' });
    const first = { opId: opId(), command: column };
    value(await one.collab.ops.applyOps(diagram.id, { clientId: 'c1', author: AUTHOR, ops: [first] }));
    // The answer got lost; the client sends it again, now with one more.
    const second = { opId: opId(), command: comment(orders, 'after the retry') };
    const retried = value(await two.collab.ops.applyOps(diagram.id, { clientId: 'c1', author: AUTHOR, ops: [first, second] }));
    expect(retried.outcomes).toEqual([
      { opId: first.opId, status: 'applied', revision: 2 },
      { opId: second.opId, status: 'applied', revision: 3 },
    ]);
    const stored = value(await one.diagrams.getDiagram(diagram.id));
    expect(stored.document.tables.find((t) => t.id === orders)!.columns.filter((c) => c.name === 'note')).toHaveLength(1);
  });

  it('rejects an operation that no longer applies, with its reason, and still applies the others', async () => {
    const diagram = await newDiagram(one.diagrams);
    const users = diagram.tableId('users');
    const gone = { opId: opId(), command: rename('tbl_deleted_elsewhere', 'x') };
    const clash = { opId: opId(), command: rename(users, 'orders') };
    const malformed = { opId: opId(), command: { kind: 'updateColumn', tableId: users } as never };
    const fine = { opId: opId(), command: comment(users, 'still applied') };
    const answer = value(await one.collab.ops.applyOps(diagram.id, { clientId: 'c1', author: AUTHOR, ops: [gone, clash, malformed, fine] }));
    expect(answer.revision).toBe(2);
    expect(answer.outcomes[0]).toMatchObject({ status: 'rejected', code: 'not_found', reason: expect.stringContaining('tbl_deleted_elsewhere') });
    expect(answer.outcomes[1]).toMatchObject({ status: 'rejected', code: 'invalid', reason: expect.stringContaining('orders') });
    expect(answer.outcomes[2]).toMatchObject({ status: 'rejected' });
    expect(answer.outcomes[3]).toEqual({ opId: fine.opId, status: 'applied', revision: 2 });
    const log = await readLog(one.db, diagram.id, 0, 10);
    expect(log.ops.map((op) => op.opId)).toEqual([fine.opId]);
  });

  it('refuses an operation whose result would not be a valid document', async () => {
    const diagram = await newDiagram(one.diagrams);
    const users = diagram.tableId('users');
    // A trusted-looking patch (as an undo sends) that would leave a foreign key pointing at nothing.
    const usersTable = ecommerceTemplate().tables.find((t) => t.name === 'users')!;
    const broken = { opId: opId(), command: { kind: 'patch' as const, patch: { collections: { tables: { remove: [users], put: [] } } } } };
    const answer = value(await one.collab.ops.applyOps(diagram.id, { clientId: 'c1', author: AUTHOR, ops: [broken] }));
    expect(answer.outcomes[0]).toMatchObject({ status: 'rejected', code: 'invalid' });
    const stored = value(await one.diagrams.getDiagram(diagram.id));
    expect(stored.revision).toBe(1);
    expect(stored.document.tables.some((t) => t.name === usersTable.name)).toBe(true);
  });

  it('serializes concurrent requests from two instances without losing one', async () => {
    const diagram = await newDiagram(one.diagrams);
    const tables = ['users', 'orders', 'products'].map(diagram.tableId);
    const sends = Array.from({ length: 24 }, (_, i) => {
      const instance = i % 2 === 0 ? one : two;
      return instance.collab.ops.applyOps(diagram.id, {
        clientId: `c${i % 2}`, author: AUTHOR,
        ops: [{ opId: opId(), command: comment(tables[i % 3]!, `edit ${i}`) }, { opId: opId(), command: { kind: 'moveNodes', positions: { [tables[i % 3]!]: { x: i, y: i } } } }],
      });
    });
    const answers = (await Promise.all(sends)).map(value);
    const revisions = answers.flatMap((a) => a.outcomes.map((o) => (o.status === 'applied' ? o.revision : -1))).sort((x, y) => x - y);
    expect(revisions).toEqual(Array.from({ length: 48 }, (_, i) => i + 2));
    // The log replayed on the first document is the stored document: nothing was lost or applied twice.
    const log = await readLog(one.db, diagram.id, 1, 100);
    expect(log.ops.map((op) => op.revision)).toEqual(revisions);
    let replayed = value(await one.diagrams.getVersion(diagram.id, 1)).document;
    for (const op of log.ops as LoggedOp[]) {
      const next = applyLogged(replayed, op.command);
      if (!next.ok) throw new Error(`revision ${op.revision} does not replay: ${next.error.message}`);
      replayed = next.value;
    }
    expect(replayed).toEqual(value(await one.diagrams.getDiagram(diagram.id)).document);
  });

  it('logs a whole-document save (PUT) as one replace operation, attributed, and tells live editors', async () => {
    const diagram = await newDiagram(one.diagrams);
    const current = value(await one.diagrams.getDiagram(diagram.id));
    const document = { ...current.document, description: 'saved by the CLI' };
    const saved = value(await one.diagrams.updateDiagram(diagram.id, { baseRevision: 1, document, author: { userId: null, name: 'CI bot' } }));
    expect(saved.revision).toBe(2);
    const log = await readLog(one.db, diagram.id, 1, 10);
    expect(log.ops).toHaveLength(1);
    expect(log.ops[0]).toMatchObject({ revision: 2, clientId: 'server', authorName: 'CI bot', command: { kind: 'replace', document: { description: 'saved by the CLI' } } });
    expect(published).toContainEqual({ diagramId: diagram.id, revision: 2 });
    // Operations continue from there.
    const answer = value(await two.collab.ops.applyOps(diagram.id, { clientId: 'c1', author: AUTHOR, ops: [{ opId: opId(), command: comment(diagram.tableId('users'), 'next') }] }));
    expect(answer.outcomes[0]).toMatchObject({ status: 'applied', revision: 3 });
  });

  it('gives a table added under a default name someone took meanwhile the next free name, and logs it so', async () => {
    const diagram = await newDiagram(one.diagrams);
    const start = value(await one.diagrams.getDiagram(diagram.id)).document;
    const [first, second] = [newTable(start, { position: null }), newTable(start, { position: null })];
    expect(first.table.name).toBe(second.table.name);
    value(await one.collab.ops.applyOps(diagram.id, { clientId: 'c1', author: AUTHOR, ops: [{ opId: opId(), command: first }] }));
    const answer = value(await two.collab.ops.applyOps(diagram.id, { clientId: 'c2', author: AUTHOR, ops: [{ opId: opId(), command: second }] }));
    expect(answer.outcomes[0]).toMatchObject({ status: 'applied', revision: 3 });
    const names = value(await one.diagrams.getDiagram(diagram.id)).document.tables.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['table_6', 'table_7']));
    const log = await readLog(one.db, diagram.id, 2, 10);
    expect(log.ops[0]!.command).toMatchObject({ kind: 'addTable', table: { id: second.table.id, name: 'table_7' } });
  });

  it('answers not_found for a diagram that does not exist', async () => {
    const missing = await one.collab.ops.applyOps('3f1f8f5e-4d4b-4c47-9d0b-0a4b9b6f2e11', { clientId: 'c1', author: AUTHOR, ops: [{ opId: opId(), command: comment('t', 'x') }] });
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.error.kind).toBe('not_found');
  });
});
