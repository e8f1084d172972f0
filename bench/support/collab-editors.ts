/**
 * The simulated editors of bench/collab.ts, run in a child process (several
 * children share the editors) so the editors' work — every one of them
 * applies every operation — does not compete with the server for one thread.
 * Each editor is a real designer store driven by the real collab client over
 * HTTP and Server-Sent Events. Times are `Date.now()`: one system clock, so
 * comparable across processes (`performance.timeOrigin` is not reliably so).
 */
import type { OpsRequest } from '../../lib/api/collab';
import type { DiagramDetail } from '../../lib/api/dto';
import { CollabClient } from '../../lib/client/collab/collab-client';
import type { CollabTransport } from '../../lib/client/collab/transport';
import { createDesignerStore, type DesignerStore } from '../../lib/client/designer/store';
import type { EditorCommand } from '../../lib/editor/command';
import { newColumn } from '../../lib/editor/factories/new-table';
import type { DiagramDocument } from '../../lib/model/document';
import { deepEqual } from '../../lib/model/merge';
import { nodeTransport } from './node-transport';

export interface StartMessage {
  kind: 'start';
  url: string;
  diagramId: string;
  editors: number[];
  /** Epoch ms at which editing stops. */
  stopAt: number;
}
export interface CheckMessage {
  kind: 'check';
  revision: number;
  document: DiagramDocument;
}
export interface EditorsReport {
  kind: 'done';
  made: [opId: string, at: number][];
  sent: string[];
  applied: string[];
  rejected: [opId: string, reason: string][];
  /** An operation arriving at an editor other than its author. */
  arrivals: [opId: string, at: number][];
  sendMs: number[];
  refusedLocally: number;
  streams: number;
  reloads: number;
  notConverged: number;
  cpuMs: number;
  rssMb: number;
}

type Json = Parameters<typeof deepEqual>[0];
const now = () => Date.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** mulberry32, so a run's edits are reproducible. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One random edit, as a person would make it: mostly their own table, often a shared property, sometimes a delete. */
function randomEdit(store: DesignerStore, me: number, random: () => number, n: number): EditorCommand | null {
  const doc = store.getState().document;
  const mine = doc.tables.find((t) => t.name === `editor_${me}`);
  const shared = (name: string) => doc.tables.find((t) => t.name === name || t.name.startsWith(`${name}_`));
  if (!mine) return null;
  const roll = random();
  if (roll < 0.3) return newColumn(mine, { name: `c${me}_${n}`, type: 'text' });
  if (roll < 0.45) {
    const column = mine.columns[Math.floor(random() * mine.columns.length)];
    return column ? { kind: 'updateColumn', tableId: mine.id, columnId: column.id, changes: { comment: `edited by ${me} (#${n})` } } : null;
  }
  if (roll < 0.6) return { kind: 'moveNodes', positions: { [mine.id]: { x: 400 + (me % 10) * 320 + (n % 7), y: 900 + Math.floor(me / 10) * 300 + (n % 5) } } };
  if (roll < 0.8) {
    // The same property, edited by everyone: the later one in server order wins.
    const orders = shared('orders');
    return orders ? { kind: 'updateTable', tableId: orders.id, changes: { comment: `note from editor ${me} (#${n})` } } : null;
  }
  if (roll < 0.9) {
    const users = shared('users');
    const email = users?.columns.find((c) => c.name === 'email');
    return users && email ? { kind: 'updateColumn', tableId: users.id, columnId: email.id, changes: { comment: `email note ${me}/${n}` } } : null;
  }
  if (roll < 0.95) {
    // Delete a column of someone else's table: their edits to it that are still on the way are dropped.
    const others = doc.tables.filter((t) => t.name.startsWith('editor_') && t.id !== mine.id && t.columns.length > 1);
    const victim = others[Math.floor(random() * others.length)];
    const column = victim?.columns.at(-1);
    return victim && column ? { kind: 'deleteColumns', tableId: victim.id, columnIds: [column.id] } : null;
  }
  const products = shared('products');
  return products ? { kind: 'updateTable', tableId: products.id, changes: { name: `products_${me}` } } : null;
}

async function run(start: StartMessage, send: (message: unknown) => Promise<void>, checks: AsyncIterator<CheckMessage>): Promise<void> {
  const cpu = process.cpuUsage();
  const report: EditorsReport = { kind: 'done', made: [], sent: [], applied: [], rejected: [], arrivals: [], sendMs: [], refusedLocally: 0, streams: 0, reloads: 0, notConverged: 0, cpuMs: 0, rssMb: 0 };
  const base = nodeTransport(start.url);
  const answer = await base.getDiagram(start.diagramId);
  if (!answer.ok) throw new Error(answer.error.error.message);
  const detail: DiagramDetail = answer.value;

  const measured = (clientId: string): CollabTransport => ({
    ...base,
    async sendOps(diagramId: string, body: OpsRequest) {
      for (const op of body.ops) report.sent.push(op.opId);
      const at = now();
      const result = await base.sendOps(diagramId, body);
      report.sendMs.push(now() - at);
      if (result.ok) {
        for (const outcome of result.value.outcomes) {
          if (outcome.status === 'applied') report.applied.push(outcome.opId);
          else report.rejected.push([outcome.opId, outcome.reason]);
        }
      }
      return result;
    },
    async getDiagram(diagramId: string) {
      report.reloads += 1;
      return base.getDiagram(diagramId);
    },
    openEvents(diagramId, after, id, handlers) {
      report.streams += 1;
      return base.openEvents(diagramId, after, id, {
        ...handlers,
        op: (op) => {
          if (op.clientId !== clientId) report.arrivals.push([op.opId, now()]);
          handlers.op(op);
        },
      });
    },
  });

  const editors = start.editors.map((i) => {
    const store = createDesignerStore(detail);
    const clientId = `bench-editor-${String(i).padStart(3, '0')}`;
    return { i, store, client: new CollabClient(store, { transport: measured(clientId), clientId }), random: seeded(i + 1), count: 0 };
  });
  const track = (store: DesignerStore, edit: () => boolean) => {
    const before = new Set(store.getState().sync.pending.map((p) => p.opId));
    if (!edit()) {
      report.refusedLocally += 1;
      return;
    }
    const at = now();
    for (const op of store.getState().sync.pending) if (!before.has(op.opId)) report.made.push([op.opId, at]);
  };

  for (const editor of editors) editor.client.start();
  for (const { i, store } of editors) {
    track(store, () => {
      const added = store.getState().addTable({ x: 400 + (i % 10) * 320, y: 900 + Math.floor(i / 10) * 300 });
      return added.ok && store.getState().renameTable(added.value, `editor_${i}`).ok;
    });
  }
  await Promise.all(editors.map(async (editor) => {
    for (;;) {
      await sleep(1_000 + editor.random() * 2_000);
      if (now() >= start.stopAt) return;
      const command = randomEdit(editor.store, editor.i, editor.random, ++editor.count);
      if (command) track(editor.store, () => editor.store.getState().execute(command).ok);
    }
  }));
  // Nothing of ours still on its way, then wait for the parent's final revision.
  while (editors.some((e) => e.store.getState().sync.pending.length > 0)) await sleep(100);
  await send({ kind: 'idle' });
  const check = (await checks.next()).value as CheckMessage;
  const deadline = now() + 120_000;
  while (now() < deadline && editors.some((e) => e.store.getState().revision < check.revision)) await sleep(100);
  const expected = check.document as unknown as Json;
  for (const { store } of editors) {
    const state = store.getState();
    const confirmed = JSON.parse(JSON.stringify(state.sync.confirmed)) as Json;
    const shown = JSON.parse(JSON.stringify(state.document)) as Json;
    if (state.revision !== check.revision || state.sync.pending.length > 0 || !deepEqual(confirmed, expected) || !deepEqual(shown, confirmed)) report.notConverged += 1;
  }
  for (const editor of editors) editor.client.stop();
  await base.settled();
  const used = process.cpuUsage(cpu);
  report.cpuMs = (used.user + used.system) / 1000;
  report.rssMb = process.memoryUsage().rss / 2 ** 20;
  await send(report);
}

/** Entry point of a child process: waits for `start`, reports `idle`, waits for `check`, reports `done`. */
export function editorsProcess(): void {
  const queue: CheckMessage[] = [];
  const waiting: ((message: CheckMessage) => void)[] = [];
  const checks: AsyncIterator<CheckMessage> = {
    next: () => new Promise((resolve) => {
      const ready = queue.shift();
      if (ready) resolve({ value: ready, done: false });
      else waiting.push((message) => resolve({ value: message, done: false }));
    }),
  };
  // Resolves once the message is handed over, so exiting right after does not lose it.
  const send = (message: unknown) => new Promise<void>((resolve) => process.send!(message, () => resolve()));
  process.on('message', (message: StartMessage | CheckMessage) => {
    if (message.kind === 'start') {
      run(message, send, checks).then(() => process.exit(0), (error: unknown) => {
        console.error(error);
        process.exit(1);
      });
    } else {
      const resolve = waiting.shift();
      if (resolve) resolve(message);
      else queue.push(message);
    }
  });
}
