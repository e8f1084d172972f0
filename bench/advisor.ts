/**
 * Prints how long the design advisor takes on a generated 500-table diagram
 * (3 access patterns per table, a foreign-key chain): wall and CPU time, best
 * and median of 9 runs after a warm-up, and memory.
 * Run: npx tsx bench/advisor.ts
 */
import { adviseDocument } from '../lib/advisor';
import { bigAdvisorDiagram } from '../tests/support/big-advisor-diagram';

const doc = bigAdvisorDiagram();
adviseDocument(doc, { today: '2026-01-01' });
const runs: { wall: number; cpu: number }[] = [];
let result = adviseDocument(doc, { today: '2026-01-01' });
for (let i = 0; i < 9; i++) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  result = adviseDocument(doc, { today: '2026-01-01' });
  const used = process.cpuUsage(cpu);
  runs.push({ wall: performance.now() - start, cpu: (used.user + used.system) / 1000 });
}
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const wall = sorted(runs.map((r) => r.wall));
const cpu = sorted(runs.map((r) => r.cpu));
const memory = process.memoryUsage();
console.log(`diagram: ${doc.tables.length} tables, ${doc.tables.reduce((n, t) => n + t.accessPatterns.length, 0)} access patterns, ${doc.relationships.length} foreign keys`);
console.log(`adviseDocument: wall best ${wall[0]!.toFixed(1)} ms, median ${wall[4]!.toFixed(1)} ms; CPU best ${cpu[0]!.toFixed(1)} ms, median ${cpu[4]!.toFixed(1)} ms`);
console.log(`result: ${result.findings.length} findings, ${result.proposals.length} proposals`);
console.log(`memory: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`);
