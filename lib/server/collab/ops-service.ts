import type { OpsResponse } from '../../api/collab';
import { applyToValid } from '../../collab/apply-op';
import { withFreeDefaultName } from '../../collab/default-names';
import type { LoggedCommand, LoggedOp, OpOutcome } from '../../collab/types';
import type { EditorCommand } from '../../editor/command';
import type { DiagramDocument } from '../../model/document';
import { documentProblems, parseDocument } from '../../model/parse';
import { formatProblem } from '../../model/problems';
import { err, ok, type Result } from '../../result';
import type { Prisma } from '../db/generated/client';
import type { Database } from '../db/prisma';
import { diagramNotFound, type DiagramError } from '../diagrams/errors';
import type { OpAuthor } from './ops-log';

/** An operation as it arrived: the request schema checked its id and command kind, nothing more. */
export interface IncomingOp {
  readonly opId: string;
  readonly command: { readonly kind: string; readonly [field: string]: unknown };
}

export interface OpsInput {
  readonly clientId: string;
  readonly author: OpAuthor;
  readonly ops: readonly IncomingOp[];
}

type Rejection = { code: Extract<OpOutcome, { status: 'rejected' }>['code']; reason: string };

interface Job {
  readonly input: OpsInput;
  resolve(result: Result<OpsResponse, DiagramError>): void;
  reject(error: unknown): void;
}

/** Operations one transaction takes at most (requests waiting are grouped up to this). */
const OPS_PER_TRANSACTION = 200;
const CACHED_DOCUMENTS = 50;

/** The batch's final document did not parse although every operation passed its check: redo it strictly. */
class StrictRetry extends Error {}

/**
 * Applies operations in the server's order. The diagram row is locked
 * (`SELECT … FOR UPDATE`), so transactions from any number of connections and
 * app instances run one after another. Each operation is applied with the same
 * pure function the clients run and checked against the document it lands on;
 * each applied one gets the next revision and a row in `diagram_ops`, and the
 * document stored at the end must parse (`parseDocument`). An operation whose id
 * is logged already (a retry) is answered with its earlier revision and not
 * applied again. One that does not apply is rejected with the reason and
 * changes nothing; the others still go through. After the commit, `published`
 * tells the other editors.
 *
 * Group commit: requests for a diagram that arrive while its transaction runs
 * wait, and the next transaction takes them all — one lock, one read, one write
 * of the document for many operations. The order stays the order of arrival.
 * That is what keeps 50 people on one diagram from queueing behind the write
 * of a 300 KB document per keystroke.
 */
export function createOpsService(db: Database, published: (diagramId: string, revision: number, ops: readonly LoggedOp[]) => Promise<void>) {
  /**
   * The last document this process wrote or read per diagram, by revision. A
   * revision names one document (every write bumps it), so when the locked row
   * is still at the cached revision the stored JSON need not be fetched and
   * parsed again; a write from anywhere else shows as another revision.
   */
  const cache = new Map<string, { revision: number; document: DiagramDocument }>();
  const remember = (diagramId: string, revision: number, document: DiagramDocument) => {
    cache.delete(diagramId);
    cache.set(diagramId, { revision, document });
    if (cache.size > CACHED_DOCUMENTS) cache.delete(cache.keys().next().value!);
  };
  const queues = new Map<string, Job[]>();

  async function drain(diagramId: string, queue: Job[]): Promise<void> {
    while (queue.length > 0) {
      const jobs: Job[] = [];
      let count = 0;
      while (queue.length > 0 && (jobs.length === 0 || count + queue[0]!.input.ops.length <= OPS_PER_TRANSACTION)) {
        const job = queue.shift()!;
        count += job.input.ops.length;
        jobs.push(job);
      }
      try {
        let results: Result<OpsResponse, DiagramError>[];
        try {
          results = await applyBatch(diagramId, jobs, false);
        } catch (error) {
          if (!(error instanceof StrictRetry)) throw error;
          results = await applyBatch(diagramId, jobs, true);
        }
        jobs.forEach((job, i) => job.resolve(results[i]!));
      } catch (error) {
        for (const job of jobs) job.reject(error);
      }
    }
    queues.delete(diagramId);
  }

  /** One transaction for the jobs, in order. `strict` parses after every operation (the fallback). */
  async function applyBatch(diagramId: string, jobs: readonly Job[], strict: boolean): Promise<Result<OpsResponse, DiagramError>[]> {
    const result = await db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ revision: number }[]>`
        SELECT revision FROM tablecraft.diagrams WHERE id = ${diagramId}::uuid FOR UPDATE`;
      if (!row) return null;
      let stored = cache.get(diagramId);
      if (stored?.revision !== row.revision) {
        const [full] = await tx.$queryRaw<{ document: unknown }[]>`SELECT document FROM tablecraft.diagrams WHERE id = ${diagramId}::uuid`;
        const parsed = parseDocument(full!.document);
        if (!parsed.ok) throw new Error(`the stored document of diagram ${diagramId} is invalid: ${parsed.error.message}`);
        stored = { revision: row.revision, document: parsed.value };
      }
      const opIds = [...new Set(jobs.flatMap((job) => job.input.ops.map((op) => op.opId)))];
      const earlier = await tx.diagramOp.findMany({ where: { diagramId, opId: { in: opIds } }, select: { opId: true, revision: true } });
      const done = new Map(earlier.map((e) => [e.opId, e.revision]));
      let document = stored.document;
      let revision = row.revision;
      const answers: OpsResponse[] = [];
      const logged: LoggedOp[] = [];
      for (const { input } of jobs) {
        const outcomes: OpOutcome[] = [];
        for (const op of input.ops) {
          const seen = done.get(op.opId);
          if (seen !== undefined) {
            outcomes.push({ opId: op.opId, status: 'applied', revision: seen });
            continue;
          }
          // A default table name taken meanwhile becomes the next free one; the log keeps the command as applied.
          const command = withFreeDefaultName(document, op.command as EditorCommand) ?? (op.command as EditorCommand);
          const applied = applyChecked(document, command, strict);
          if (!applied.ok) {
            outcomes.push({ opId: op.opId, status: 'rejected', code: applied.error.code, reason: applied.error.reason });
            continue;
          }
          // Even a change that turns out to change nothing is logged: every applied operation has a revision, which is how its author learns it landed.
          document = applied.value;
          revision += 1;
          done.set(op.opId, revision);
          outcomes.push({ opId: op.opId, status: 'applied', revision });
          logged.push({ revision, opId: op.opId, clientId: input.clientId, authorName: input.author.name, command: command as LoggedCommand });
        }
        answers.push({ revision, outcomes });
      }
      if (logged.length > 0) {
        // Every operation passed its check; the whole document must still parse before it is stored.
        if (!strict && !parseDocument(document).ok) throw new StrictRetry();
        await tx.diagram.update({
          where: { id: diagramId },
          data: { document: document as unknown as Prisma.InputJsonValue, revision, name: document.name, tableCount: document.tables.length, updatedAt: new Date() },
        });
        const authors = new Map(jobs.flatMap(({ input }) => input.ops.map((op) => [op.opId, input.author] as const)));
        await tx.diagramOp.createMany({
          data: logged.map((op) => ({
            diagramId, revision: op.revision, opId: op.opId, clientId: op.clientId,
            authorUserId: authors.get(op.opId)?.userId ?? null, authorName: op.authorName,
            command: op.command as unknown as Prisma.InputJsonValue,
          })),
        });
      }
      return { answers, revision, document, logged };
    }, { maxWait: 15_000, timeout: 60_000 });
    if (!result) return jobs.map(() => err(diagramNotFound(diagramId)));
    remember(diagramId, result.revision, result.document);
    if (result.logged.length > 0) await published(diagramId, result.revision, result.logged);
    return result.answers.map((answer) => ok(answer));
  }

  return {
    applyOps(diagramId: string, input: OpsInput): Promise<Result<OpsResponse, DiagramError>> {
      return new Promise((resolve, reject) => {
        let queue = queues.get(diagramId);
        const idle = !queue;
        if (!queue) {
          queue = [];
          queues.set(diagramId, queue);
        }
        queue.push({ input, resolve, reject });
        if (idle) void drain(diagramId, queue);
      });
    },
  };
}

export type OpsService = ReturnType<typeof createOpsService>;

/**
 * The operation applied and checked against the document it lands on: the
 * touched objects must fit their schema and no reference or name may break.
 * Strict, the whole result is parsed as well (the fallback when a batch's
 * final parse failed). The document kept is the one the operation produced
 * (valid documents parse to themselves), so the server's document is exactly
 * what the clients compute.
 */
function applyChecked(document: DiagramDocument, command: EditorCommand, strict: boolean): Result<DiagramDocument, Rejection> {
  const applied = applyToValid(document, command);
  if (!applied.ok) return err({ code: applied.error.kind, reason: applied.error.message });
  if (!strict || applied.value === document) return ok(applied.value);
  const valid = parseDocument(applied.value);
  if (valid.ok) return ok(applied.value);
  const first = documentProblems(valid.error)[0];
  return err({ code: 'invalid', reason: first ? `the result would not be a valid diagram: ${formatProblem(first)}` : valid.error.message });
}
