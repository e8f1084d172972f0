import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LoggedOp, PresenceEntry } from '../../lib/collab/types';
import type { EditorCommand } from '../../lib/editor/command';
import { createInProcessBus } from '../../lib/server/collab/bus';
import { collabEventStream } from '../../lib/server/collab/event-stream';
import { createPrismaClient } from '../../lib/server/db/prisma';
import { createDiagramService } from '../../lib/server/diagrams/service';
import { describeEachBackend } from '../storage/support/backends';
import { comment, dataOf, migrate, newDiagram, opId, openInstance, readEvents, type Instance } from './support';

const AUTHOR = { userId: null, name: 'Ana' };
const FAST = { pollMs: 250, maxBacklog: 5 };

describeEachBackend('co-editing: the event stream', (database, backend) => {
  const kind = backend.name.startsWith('PGlite') ? 'embedded' : 'server';
  let one: Instance;
  let two: Instance;

  beforeAll(async () => {
    await migrate(database().connectionString);
    // Embedded: one process, so one in-process bus. Server: two instances, each with its own LISTEN/NOTIFY bus.
    const shared = kind === 'embedded' ? createInProcessBus() : undefined;
    one = openInstance(database().connectionString, kind, { feed: FAST, bus: shared });
    two = openInstance(database().connectionString, kind, { feed: FAST, bus: shared });
    if (kind === 'server') await Promise.all([one, two].map((i) => (i.collab.bus as unknown as { ready(): Promise<void> }).ready()));
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
  });

  const apply = (instance: Instance, diagramId: string, command: EditorCommand) =>
    instance.collab.ops.applyOps(diagramId, { clientId: 'writer', author: AUTHOR, ops: [{ opId: opId(), command }] });

  it('sends the backlog, then ready, then live operations — including ones applied on another instance', async () => {
    const diagram = await newDiagram(one.diagrams);
    const users = diagram.tableId('users');
    await apply(one, diagram.id, comment(users, 'first'));
    await apply(one, diagram.id, comment(users, 'second'));
    const stream = collabEventStream(one.collab.hub, { diagramId: diagram.id, after: 1, clientId: 'reader-1' });
    const opening = await readEvents(stream, (m) => m.some((e) => e.event === 'presence'));
    expect(opening.map((m) => [m.event, m.id])).toEqual([['op', '2'], ['op', '3'], ['ready', undefined], ['presence', undefined]]);
    expect(dataOf<LoggedOp>(opening[0]!)).toMatchObject({ revision: 2, authorName: 'Ana', clientId: 'writer', command: { kind: 'updateTable', changes: { comment: 'first' } } });
    expect(dataOf<{ revision: number }>(opening[2]!)).toEqual({ revision: 3 });

    await apply(two, diagram.id, comment(users, 'from the other instance'));
    const live = await readEvents(stream, (m) => m.some((e) => e.event === 'op'));
    expect(dataOf<LoggedOp>(live.find((m) => m.event === 'op')!)).toMatchObject({ revision: 4, command: { changes: { comment: 'from the other instance' } } });
    await stream.cancel();
    expect(one.collab.hub.subscriberCount).toBe(0);
  });

  it('catches a change whose notification never came within the safety poll', async () => {
    const diagram = await newDiagram(one.diagrams);
    const stream = collabEventStream(one.collab.hub, { diagramId: diagram.id, after: 1 });
    await readEvents(stream, (m) => m.some((e) => e.event === 'ready'));
    // A writer with no co-editing wired (so it notifies nobody): only the poll can find its change.
    const silent = createPrismaClient(two.pool);
    const current = await createDiagramService(silent).getDiagram(diagram.id);
    if (!current.ok) throw new Error(current.error.message);
    await createDiagramService(silent).updateDiagram(diagram.id, { baseRevision: 1, document: { ...current.value.document, description: 'quietly' } });
    const events = await readEvents(stream, (m) => m.some((e) => e.event === 'op'));
    expect(dataOf<LoggedOp>(events.find((m) => m.event === 'op')!)).toMatchObject({ revision: 2, command: { kind: 'replace' } });
    await stream.cancel();
  });

  it('tells a client to reload when the log cannot bring it up to date', async () => {
    const diagram = await newDiagram(one.diagrams);
    const users = diagram.tableId('users');
    // Revision 1 was never an operation (the diagram was created so), so "after 0" cannot be served.
    const before = await readEvents(collabEventStream(one.collab.hub, { diagramId: diagram.id, after: 0 }), () => false);
    expect(before.map((m) => m.event)).toEqual(['reset']);
    expect(dataOf<{ reason: string }>(before[0]!).reason).toContain('revision 0');

    const ahead = await readEvents(collabEventStream(one.collab.hub, { diagramId: diagram.id, after: 99 }), () => false);
    expect(dataOf<{ reason: string }>(ahead[0]!).reason).toContain('newer than the diagram');

    for (let i = 0; i < FAST.maxBacklog + 1; i++) await apply(one, diagram.id, comment(users, `edit ${i}`));
    const behind = await readEvents(collabEventStream(one.collab.hub, { diagramId: diagram.id, after: 1 }), () => false);
    expect(behind.map((m) => m.event)).toEqual(['reset']);
    expect(dataOf<{ reason: string }>(behind[0]!).reason).toContain(`more than ${FAST.maxBacklog} changes`);
  });

  it('shares presence across instances, leaves the subscriber out of its own list, and forgets the silent', async () => {
    const diagram = await newDiagram(one.diagrams);
    const stream = collabEventStream(one.collab.hub, { diagramId: diagram.id, after: 1, clientId: 'me-123456' });
    const first = await readEvents(stream, (m) => m.some((e) => e.event === 'presence'));
    expect(dataOf<{ clients: PresenceEntry[] }>(first.find((m) => m.event === 'presence')!).clients).toEqual([]);

    await one.collab.presence.report(diagram.id, { clientId: 'me-123456', userId: null, name: 'Me', selection: [] });
    await two.collab.presence.report(diagram.id, { clientId: 'ana-123456', userId: null, name: 'Ana', selection: [diagram.tableId('orders')] });
    const seen = await readEvents(stream, (m) => m.some((e) => e.event === 'presence' && dataOf<{ clients: PresenceEntry[] }>(e).clients.length > 0));
    const clients = dataOf<{ clients: PresenceEntry[] }>(seen.filter((m) => m.event === 'presence').at(-1)!).clients;
    expect(clients).toEqual([{ clientId: 'ana-123456', name: 'Ana', color: expect.stringMatching(/^#[0-9a-f]{6}$/), selection: [diagram.tableId('orders')] }]);

    // Ana's tab stops reporting: once her entry is older than the limit, the poll drops her.
    await two.db.$executeRaw`UPDATE tablecraft.diagram_presence SET seen_at = now() - interval '1 minute' WHERE client_id = 'ana-123456'`;
    const gone = await readEvents(stream, (m) => m.some((e) => e.event === 'presence' && dataOf<{ clients: PresenceEntry[] }>(e).clients.length === 0));
    expect(gone.at(-1)!.event).toBe('presence');
    await stream.cancel();
  });

  it('keeps idle connections open with a comment line', async () => {
    const diagram = await newDiagram(one.diagrams);
    const stream = collabEventStream(one.collab.hub, { diagramId: diagram.id, after: 1, heartbeatMs: 50 });
    const reader = stream.getReader();
    let text = '';
    while (!text.includes(': ping')) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    expect(text).toContain('event: ready');
  });

  it('ends the stream at the next heartbeat once the subscriber may no longer view the diagram', async () => {
    const diagram = await newDiagram(one.diagrams);
    let allowed = true;
    const stream = collabEventStream(one.collab.hub, { diagramId: diagram.id, after: 1, heartbeatMs: 50, stillAllowed: async () => allowed });
    const reader = stream.getReader();
    let text = '';
    while (!text.includes(': ping')) text += new TextDecoder().decode((await reader.read()).value);
    allowed = false;
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += new TextDecoder().decode(chunk.value);
    }
    expect(text).toContain('event: reset');
    expect(text).toContain('"reason":"access"');
  });
});
