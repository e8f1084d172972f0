/**
 * npx tsx bench/collab.ts [--editors 50] [--seconds 60] [--processes 2] [--server]
 *
 * Live co-editing under load, through the real code: the app's route handlers
 * (ops, events, presence, diagrams) served over a loopback HTTP server, and
 * `--editors` simulated editors, each a real designer store driven by the real
 * collab client (its own SSE subscription, its own sends), spread over
 * `--processes` child processes (default 2) so the editors' own work does not
 * compete with the server for one thread. Each editor makes a
 * random edit every 1–3 s for `--seconds`: a mix of edits to its own table and
 * edits that collide (the same property of a shared table, deleting what others
 * edit). Storage is the embedded database in a scratch folder, or with
 * `--server` a scratch database on the local PostgreSQL server
 * (TABLECRAFT_TEST_SERVER_URL or postgres://root@127.0.0.1:5432/postgres).
 *
 * Prints operations made, sent, applied, rejected (by reason), dropped before
 * sending, LOST (applied but missing from the log or the final document, or a
 * client that did not converge — must be 0), the time from an edit to its
 * arrival at every other editor (p50/p95/max), and memory.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { DiagramDetail } from '../lib/api/dto';
import { applyLogged } from '../lib/collab/apply-op';
import type { DiagramDocument } from '../lib/model/document';
import { deepEqual } from '../lib/model/merge';
import { editorsProcess, type EditorsReport } from './support/collab-editors';
import { serveRoutes, type RouteHandler } from './support/route-server';

type Json = Parameters<typeof deepEqual>[0];

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

const EDITORS = flag('editors', 50);
const SECONDS = flag('seconds', 60);
const PROCESSES = Math.min(flag('processes', 2), EDITORS);
const USE_SERVER = process.argv.includes('--server');
const ADMIN_URL = process.env.TABLECRAFT_TEST_SERVER_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
const now = () => Date.now();
const WARM_UP_MS = 10_000;

function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'tablecraft-bench-collab-'));
  let dropDatabase: (() => Promise<void>) | null = null;
  if (USE_SERVER) {
    const name = `tablecraft_bench_collab_${Date.now()}`;
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    dropDatabase = async () => {
      const again = new pg.Client({ connectionString: ADMIN_URL });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    };
  } else {
    delete process.env.DATABASE_URL;
    process.env.TABLECRAFT_DATA_DIR = scratch;
  }
  // Imported after the environment is set: storage opens on first use.
  const diagrams = await import('../app/api/diagrams/route');
  const diagram = await import('../app/api/diagrams/[id]/route');
  const ops = await import('../app/api/diagrams/[id]/ops/route');
  const events = await import('../app/api/diagrams/[id]/events/route');
  const presence = await import('../app/api/diagrams/[id]/presence/route');
  const { getStorage, closeStorage } = await import('../lib/server/db/singleton');
  const { getCollab } = await import('../lib/server/collab');
  const { readLog } = await import('../lib/server/collab/ops-log');

  const id = '(?<id>[0-9a-f-]{36})';
  const http = await serveRoutes([
    { method: 'POST', pattern: /^\/api\/diagrams$/, handler: diagrams.POST as RouteHandler },
    { method: 'GET', pattern: new RegExp(`^/api/diagrams/${id}$`), handler: diagram.GET as RouteHandler },
    { method: 'POST', pattern: new RegExp(`^/api/diagrams/${id}/ops$`), handler: ops.POST as RouteHandler },
    { method: 'GET', pattern: new RegExp(`^/api/diagrams/${id}/events$`), handler: events.GET as RouteHandler },
    { method: 'POST', pattern: new RegExp(`^/api/diagrams/${id}/presence$`), handler: presence.POST as RouteHandler },
    { method: 'DELETE', pattern: new RegExp(`^/api/diagrams/${id}/presence$`), handler: presence.DELETE as RouteHandler },
  ]);
  const storage = await getStorage();
  console.log(`collab bench: ${EDITORS} editors (in ${PROCESSES} processes) × ${SECONDS} s on ${storage.kind === 'embedded' ? 'the embedded database (PGlite)' : 'the PostgreSQL server'}, over ${http.url}`);

  const created = await fetch(`${http.url}/api/diagrams`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ templateId: 'ecommerce', name: 'Collab bench' }) });
  const start = ((await created.json()) as { diagram: DiagramDetail }).diagram;

  // The editors, dealt round-robin to the child processes (this file again, with --editors-process).
  const cpuStart = process.cpuUsage();
  const began = now();
  const stopAt = began + SECONDS * 1_000;
  const children = Array.from({ length: PROCESSES }, (_, p) => {
    const child = fork(fileURLToPath(import.meta.url), ['--editors-process'], { stdio: 'inherit' });
    const editors = Array.from({ length: EDITORS }, (_, i) => i).filter((i) => i % PROCESSES === p);
    child.send({ kind: 'start', url: http.url, diagramId: start.id, editors, stopAt });
    const messages: unknown[] = [];
    const waiters: ((message: unknown) => void)[] = [];
    child.on('message', (message) => { const w = waiters.shift(); if (w) w(message); else messages.push(message); });
    const next = () => new Promise<unknown>((resolve, reject) => {
      const ready = messages.shift();
      if (ready) resolve(ready);
      else {
        waiters.push(resolve);
        child.once('exit', (code) => reject(new Error(`an editors process exited with ${code}`)));
      }
    });
    return { child, next };
  });
  await Promise.all(children.map((c) => c.next())); // each says "idle": its editors have nothing on the way
  const settled = now();
  const final = ((await (await fetch(`${http.url}/api/diagrams/${start.id}`)).json()) as { diagram: DiagramDetail }).diagram;
  for (const { child } of children) child.send({ kind: 'check', revision: final.revision, document: final.document });
  const reports = (await Promise.all(children.map((c) => c.next()))) as EditorsReport[];
  const serverCpu = process.cpuUsage(cpuStart);
  const memory = process.memoryUsage();

  const made = new Map(reports.flatMap((r) => r.made));
  const sent = new Set(reports.flatMap((r) => r.sent));
  const applied = new Set(reports.flatMap((r) => r.applied));
  const rejected = new Map(reports.flatMap((r) => r.rejected));
  const arrivals = reports.flatMap((r) => r.arrivals).flatMap(([opId, at]) => {
    const madeAt = made.get(opId);
    return madeAt === undefined ? [] : [{ madeAt, ms: at - madeAt }];
  });
  const latencies = arrivals.map((a) => a.ms).sort((a, b) => a - b);
  // Without the first 10 s (50 editors joining at once, each adding a table, the editor processes warming up).
  const steady = arrivals.filter((a) => a.madeAt >= began + WARM_UP_MS).map((a) => a.ms).sort((a, b) => a - b);
  const timeline = Array.from({ length: Math.ceil(SECONDS / 10) }, (_, i) => {
    const slice = arrivals.filter((a) => a.madeAt >= began + i * 10_000 && a.madeAt < began + (i + 1) * 10_000).map((a) => a.ms).sort((a, b) => a - b);
    return `${i * 10}–${(i + 1) * 10} s: ${percentile(slice, 0.5).toFixed(0)}/${percentile(slice, 0.95).toFixed(0)}`;
  });
  const sends = reports.flatMap((r) => r.sendMs).sort((a, b) => a - b);

  // Verification: the log is the document, and everyone has it.
  const log = await readLog(storage.db, start.id, 1, 10_000_000);
  const logged = new Set(log.ops.map((op) => op.opId));
  let replayed: DiagramDocument = start.document;
  let replayFailed = 0;
  for (const op of log.ops) {
    const next = applyLogged(replayed, op.command);
    if (next.ok) replayed = next.value;
    else replayFailed += 1;
  }
  const logMatches = replayFailed === 0 && deepEqual(JSON.parse(JSON.stringify(replayed)) as Json, final.document as unknown as Json);
  const notConverged = reports.reduce((sum, r) => sum + r.notConverged, 0);
  const appliedMissing = [...applied].filter((opId) => !logged.has(opId)).length;
  const droppedBeforeSending = [...made.keys()].filter((opId) => !sent.has(opId)).length;
  const unanswered = [...made.keys()].filter((opId) => sent.has(opId) && !applied.has(opId) && !rejected.has(opId)).length;
  const lost = appliedMissing + unanswered + (logMatches ? 0 : 1) + notConverged;

  const reasons = new Map<string, number>();
  for (const reason of rejected.values()) {
    const key = reason.replace(/"[^"]*"/g, '"…"');
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  const editingS = (Math.min(settled, stopAt + 3_000) - began) / 1000;
  console.log(`edits made:                ${made.size} (${(made.size / SECONDS).toFixed(1)}/s; ${reports.reduce((s, r) => s + r.refusedLocally, 0)} refused by the editor itself, never operations)`);
  console.log(`operations sent:           ${sent.size}`);
  console.log(`applied:                   ${applied.size} (log: ${log.ops.length} operations, final revision ${final.revision})`);
  console.log(`rejected by the server:    ${rejected.size}`);
  for (const [reason, count] of [...reasons.entries()].sort((a, b) => b[1] - a[1])) console.log(`    ${String(count).padStart(5)} × ${reason}`);
  console.log(`dropped before sending:    ${droppedBeforeSending} (someone else's change removed what they edited; the editor was told)`);
  console.log(`LOST:                      ${lost} (applied but not in the log: ${appliedMissing}; sent, never answered: ${unanswered}; log replay ${logMatches ? 'equals' : 'DIFFERS FROM'} the stored document; editors not at the server's document: ${notConverged}/${EDITORS})`);
  console.log(`edit → other editors:      p50 ${ms(percentile(latencies, 0.5))}, p95 ${ms(percentile(latencies, 0.95))}, max ${ms(latencies.at(-1) ?? NaN)} over ${latencies.length} arrivals`);
  console.log(`  after the first 10 s:    p50 ${ms(percentile(steady, 0.5))}, p95 ${ms(percentile(steady, 0.95))}, max ${ms(steady.at(-1) ?? NaN)}`);
  console.log(`  p50/p95 ms by when the edit was made: ${timeline.join('; ')}`);
  console.log(`POST …/ops round trip:     p50 ${ms(percentile(sends, 0.5))}, p95 ${ms(percentile(sends, 0.95))}, max ${ms(sends.at(-1) ?? NaN)} over ${sends.length} requests`);
  console.log(`settled ${ms(Math.max(0, settled - stopAt))} after the editing stopped; event streams opened ${reports.reduce((s, r) => s + r.streams, 0)} (${EDITORS} at the start, more are reconnects); documents reloaded after a reset: ${reports.reduce((s, r) => s + r.reloads, 0)}`);
  console.log(`server process${storage.kind === 'embedded' ? ' (with PGlite)' : ''}: rss ${(memory.rss / 2 ** 20).toFixed(0)} MB, heap ${(memory.heapUsed / 2 ** 20).toFixed(0)} MB, CPU ${((serverCpu.user + serverCpu.system) / 1e6).toFixed(1)} s over ${editingS.toFixed(1)} s`);
  console.log(`editor processes: ${reports.map((r) => `rss ${r.rssMb.toFixed(0)} MB, CPU ${(r.cpuMs / 1000).toFixed(1)} s`).join('; ')}`);

  await (await getCollab()).close();
  await http.close();
  await closeStorage();
  await dropDatabase?.();
  rmSync(scratch, { recursive: true, force: true });
}

if (process.argv.includes('--editors-process')) {
  editorsProcess();
} else {
  main().then(() => process.exit(0), (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
