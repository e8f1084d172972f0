/**
 * Normalization engine benchmark: `npx tsx bench/normalization.ts`.
 * 1. analyzeDocument on a generated 300-table / 3,000-column diagram with declared
 *    dependencies and foreign keys (target: under 100 ms);
 * 2. candidate keys and the normal-form check of one 30-attribute relation with
 *    40 dependencies (target: under 1 s), reporting keys found and the partial flag.
 * Timings are the median of several runs after a warm-up.
 */
import { performance } from 'node:perf_hooks';
import { analyzeDocument, candidateKeys, checkNormalForms, fullSet, setOf, synthesize3NF, type FD } from '../lib/normalization';
import { bigNormalizationDiagram, seeded } from '../tests/support/big-normalization-diagram';

function relation30x40(): { all: bigint; fds: FD[] } {
  const random = seeded(7);
  const n = 30;
  const int = (hi: number) => Math.floor(random() * hi);
  const fds: FD[] = [];
  while (fds.length < 40) {
    const lhs = setOf(Array.from({ length: 1 + int(3) }, () => int(n)));
    const rhs = setOf(Array.from({ length: 1 + int(2) }, () => int(n)));
    if ((rhs & ~lhs) !== 0n) fds.push({ lhs, rhs });
  }
  return { all: fullSet(n), fds };
}

function median(run: () => void, times: number): number {
  run(); // warm-up: JIT and lazy initialisation
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const doc = bigNormalizationDiagram(300, 10);
const columns = doc.tables.reduce((n, t) => n + t.columns.length, 0);
const dependencies = doc.tables.reduce((n, t) => n + t.dependencies.length, 0);
let analysis = analyzeDocument(doc);
const docMs = median(() => { analysis = analyzeDocument(doc); }, 9);
console.log(`diagram: ${doc.tables.length} tables, ${columns} columns, ${dependencies} declared dependencies, ${doc.relationships.length} foreign keys`);
console.log(`  analyzeDocument: ${docMs.toFixed(1)} ms (median of 9; target < 100 ms), ${analysis.findings.length} findings ${JSON.stringify(analysis.summary)}`);

const { all, fds } = relation30x40();
let keys = candidateKeys(all, fds);
const keyMs = median(() => { keys = candidateKeys(all, fds); }, 5);
let report = checkNormalForms(all, fds);
const checkMs = median(() => { report = checkNormalForms(all, fds); }, 5);
let synthesis = synthesize3NF(all, fds);
const synthMs = median(() => { synthesis = synthesize3NF(all, fds); }, 5);
console.log('relation: 30 attributes, 40 dependencies');
console.log(`  candidateKeys: ${keyMs.toFixed(1)} ms, ${keys.keys.length} keys, partial: ${keys.partial}, ${keys.explored} sets explored (target < 1000 ms)`);
console.log(`  checkNormalForms: ${checkMs.toFixed(1)} ms, highest ${report.highest}, ${report.violations.length} violations`);
console.log(`  synthesize3NF: ${synthMs.toFixed(1)} ms, ${synthesis.relations.length} relations, lossless ${synthesis.losslessness.lossless}, preserving ${synthesis.preservation.preserved}`);

// Many keys: 15 pairs Ai ↔ Bi have 2^15 keys, so the bound and the partial flag show.
const pairs: FD[] = [];
for (let i = 0; i < 15; i++) pairs.push({ lhs: 1n << BigInt(2 * i), rhs: 1n << BigInt(2 * i + 1) }, { lhs: 1n << BigInt(2 * i + 1), rhs: 1n << BigInt(2 * i) });
let many = candidateKeys(fullSet(30), pairs);
const manyMs = median(() => { many = candidateKeys(fullSet(30), pairs); }, 5);
console.log(`relation: 30 attributes, 30 dependencies, 32,768 keys`);
console.log(`  candidateKeys: ${manyMs.toFixed(1)} ms, ${many.keys.length} keys, partial: ${many.partial} (bounded at the default limit)`);

const memory = process.memoryUsage();
console.log(`memory: rss ${mb(memory.rss)}, heap used ${mb(memory.heapUsed)} of ${mb(memory.heapTotal)}`);
