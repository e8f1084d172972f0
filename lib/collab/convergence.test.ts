import { describe, expect, it } from 'vitest';
import { counterIds } from '../editor/factories/ids';
import { randomCommand, seededRandom } from '../editor/testing/random-commands';
import type { DiagramDocument } from '../model/document';
import { parseDocument } from '../model/parse';
import { ecommerceTemplate } from '../templates/ecommerce';
import { applyLogged, applyOperation } from './apply-op';
import { describeCommand } from './describe';
import { addLocal, markSent, receiveOps, receiveOutcomes, resetSync, restorePending, startSync, type SyncState } from './sync-state';
import type { LoggedOp, Op, OpOutcome } from './types';

/**
 * The property the co-editing design rests on: several clients edit the same
 * document at once, their operations reach the server in any order, answers and
 * events reach them in any interleaving (late, lost and repeated), some reload
 * with their queue from storage — and in the end every client shows exactly the
 * server's document, the server's document is its log replayed, and every
 * operation a client made was either applied or reported to its author.
 */

/** The server: one document, one log; each operation is applied, validated and logged in order. */
class Server {
  doc: DiagramDocument;
  revision = 1;
  readonly log: LoggedOp[] = [];
  private readonly applied = new Map<string, number>();

  constructor(readonly start: DiagramDocument) {
    this.doc = roundTrip(start);
  }

  receive(clientId: string, ops: readonly Op[]): OpOutcome[] {
    return ops.map((op) => {
      const earlier = this.applied.get(op.opId);
      if (earlier !== undefined) return { opId: op.opId, status: 'applied', revision: earlier };
      const result = applyOperation(this.doc, roundTrip(op.command));
      if (!result.ok) return { opId: op.opId, status: 'rejected', code: result.error.kind, reason: result.error.message };
      if (!parseDocument(roundTrip(result.value)).ok) return { opId: op.opId, status: 'rejected', code: 'invalid', reason: 'invalid document' };
      // What the database stores and gives back is JSON.
      this.doc = roundTrip(result.value);
      this.revision += 1;
      this.applied.set(op.opId, this.revision);
      this.log.push({ revision: this.revision, opId: op.opId, clientId, authorName: clientId, command: roundTrip(op.command) });
      return { opId: op.opId, status: 'applied', revision: this.revision };
    });
  }

  /** An outside save (PUT from the CLI): logged as a whole document. */
  replace(doc: DiagramDocument): void {
    this.doc = roundTrip(doc);
    this.revision += 1;
    this.log.push({ revision: this.revision, opId: `replace-${this.revision}`, clientId: 'api', authorName: 'the API', command: { kind: 'replace', document: this.doc } });
  }
}

interface Client {
  readonly id: string;
  state: SyncState;
  /** Answers on their way back, oldest first; null for one that got lost. */
  answers: (OpOutcome[] | null)[];
  inFlight: boolean;
  made: string[];
  dropNotices: number;
}

function roundTrip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function simulate(seed: number, clientCount: number, steps: number) {
  const random = seededRandom(seed);
  const ids = counterIds(`s${seed}x`);
  const chance = (p: number) => random() < p;
  const server = new Server(ecommerceTemplate());
  let now = 0;
  const clients: Client[] = Array.from({ length: clientCount }, (_, i) => ({
    id: `c${i}`, state: startSync(roundTrip(server.doc), server.revision), answers: [], inFlight: false, made: [], dropNotices: 0,
  }));
  const notify = (client: Client, notices: string[]) => { client.dropNotices += notices.filter((n) => n.startsWith('Your change to')).length; };

  const edit = (client: Client) => {
    const shown = client.state.shown;
    const command = randomCommand(shown, random, ids);
    if (!command) return;
    const result = applyOperation(shown, command);
    if (!result.ok || result.value === shown) return;
    const opId = `op-${client.id}-${client.made.length}`;
    client.made.push(opId);
    client.state = addLocal(client.state, { opId, command, label: describeCommand(shown, command) }, result.value);
  };
  const send = (client: Client) => {
    if (client.inFlight) return;
    const batch = client.state.pending.filter((p) => p.state !== 'applied').slice(0, 5);
    if (batch.length === 0) return;
    client.state = markSent(client.state, batch.map((p) => p.opId));
    client.inFlight = true;
    const outcomes = server.receive(client.id, batch);
    client.answers.push(chance(0.1) ? null : outcomes);
  };
  const answer = (client: Client) => {
    const outcomes = client.answers.shift();
    if (outcomes === undefined) return;
    client.inFlight = false;
    if (outcomes === null) return; // lost: the ops stay "sent" and go again with the next send
    const update = receiveOutcomes(client.state, outcomes, now);
    client.state = update.state;
    notify(client, update.notices);
  };
  const deliver = (client: Client, upTo = Infinity) => {
    const next = server.log.filter((op) => op.revision > client.state.revision).slice(0, upTo);
    // Sometimes an event arrives twice (a reconnect repeats the last one).
    const events = chance(0.1) && next.length > 0 ? [server.log[Math.max(0, client.state.revision - 2)] ?? next[0]!, ...next] : next;
    const update = receiveOps(client.state, events.filter(Boolean), now);
    client.state = update.state;
    notify(client, update.notices);
    if (update.needsReset) {
      const reset = resetSync(client.state, roundTrip(server.doc), server.revision, now);
      client.state = reset.state;
      notify(client, reset.notices);
    }
  };
  const reload = (client: Client) => {
    // The page loads the document again and restores its queue from storage; an answer in flight is lost.
    const queued = client.state.pending.map(({ opId, command, label }) => ({ opId, command, label }));
    client.state = restorePending(startSync(roundTrip(server.doc), server.revision), roundTrip(queued));
    client.answers = [];
    client.inFlight = false;
  };

  for (let step = 0; step < steps; step++) {
    now += Math.floor(random() * 400);
    const client = clients[Math.floor(random() * clients.length)]!;
    const roll = random();
    if (roll < 0.4) edit(client);
    else if (roll < 0.6) send(client);
    else if (roll < 0.75) answer(client);
    else if (roll < 0.95) deliver(client, 1 + Math.floor(random() * 4));
    else if (roll < 0.98) reload(client);
    else server.replace({ ...server.doc, description: `saved from the CLI at step ${step}` });
  }
  // Everyone comes back online and settles.
  for (let round = 0; round < 50 && clients.some((c) => c.state.pending.length > 0 || c.answers.length > 0 || c.state.revision < server.revision); round++) {
    for (const client of clients) {
      while (client.answers.length > 0) answer(client);
      send(client);
      while (client.answers.length > 0) answer(client);
      deliver(client);
    }
  }
  return { server, clients };
}

function check(seed: number, clientCount: number, steps: number) {
  const { server, clients } = simulate(seed, clientCount, steps);
  const where = `seed ${seed}, ${clientCount} clients`;
  for (const client of clients) {
    expect(client.state.pending, `${where}: ${client.id} has nothing left to send`).toEqual([]);
    expect(client.state.revision, `${where}: ${client.id} is at the server's revision`).toBe(server.revision);
    expect(client.state.confirmed, `${where}: ${client.id} confirmed = server`).toEqual(server.doc);
    expect(client.state.shown, `${where}: ${client.id} shows the server's document`).toEqual(server.doc);
  }
  // The log is the document: replaying it from the start gives what the server has.
  let replayed = roundTrip(server.start);
  for (const op of server.log) {
    const next = applyLogged(replayed, op.command);
    expect(next.ok, `${where}: log revision ${op.revision} replays`).toBe(true);
    if (next.ok) replayed = roundTrip(next.value);
  }
  expect(replayed, `${where}: log replayed = server document`).toEqual(server.doc);
  // No silent loss: every operation a client made is in the log, or its author was told.
  const logged = new Set(server.log.map((op) => op.opId));
  let made = 0;
  for (const client of clients) {
    const missing = client.made.filter((id) => !logged.has(id)).length;
    expect(client.dropNotices, `${where}: ${client.id} was told about each of its ${missing} dropped changes`).toBeGreaterThanOrEqual(missing);
    made += client.made.length;
  }
  return { made, applied: server.log.length };
}

/** Seeds that once failed, kept as named regressions. */
const REGRESSIONS: { name: string; seed: number; clients: number }[] = [];

describe('co-editing converges', () => {
  for (const clients of [2, 3, 4]) {
    it(`${clients} clients, random edits and deliveries (seeds 1–8)`, () => {
      let made = 0;
      let applied = 0;
      for (let seed = 1; seed <= 8; seed++) {
        const result = check(seed * 101 + clients, clients, 250);
        made += result.made;
        applied += result.applied;
      }
      // The generator must produce real concurrent work, or this proves nothing.
      expect(made).toBeGreaterThan(8 * 40);
      expect(applied).toBeGreaterThan(made / 2);
    });
  }
  for (const regression of REGRESSIONS) {
    it(`regression: ${regression.name}`, () => { check(regression.seed, regression.clients, 300); });
  }
});
