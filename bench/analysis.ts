/**
 * Combined analysis benchmark (`tablecraft check`, the analysis API):
 * `npx tsx bench/analysis.ts`. Times the normalization engine, the advisor and
 * `analyzeDiagram` (both, plus merging and sorting the findings) on
 * 1. the normalization benchmark's 300-table / 3,000-column diagram (declared
 *    dependencies, a foreign-key chain; no access patterns), and
 * 2. the advisor benchmark's diagram cut to 300 tables (3 access patterns per
 *    table, volumes, a foreign-key chain), so the advisor has real work too.
 * Median of 9 runs after a warm-up; the server target is under 100 ms.
 */
import { performance } from 'node:perf_hooks';
import { adviseDocument } from '../lib/advisor';
import { analyzeDiagram } from '../lib/analysis';
import type { DiagramDocument } from '../lib/model';
import { analyzeDocument } from '../lib/normalization';
import { bigAdvisorDiagram } from '../tests/support/big-advisor-diagram';
import { bigNormalizationDiagram } from '../tests/support/big-normalization-diagram';

const advisor = { today: '2026-01-01' } as const;

function median(run: () => void, times = 9): number {
  run(); // warm-up: JIT and lazy initialisation
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

function bench(label: string, doc: DiagramDocument): void {
  const columns = doc.tables.reduce((n, t) => n + t.columns.length, 0);
  const patterns = doc.tables.reduce((n, t) => n + t.accessPatterns.length, 0);
  const normalization = median(() => analyzeDocument(doc));
  const advice = median(() => adviseDocument(doc, advisor));
  let report = analyzeDiagram(doc, { advisor });
  const combined = median(() => { report = analyzeDiagram(doc, { advisor }); });
  console.log(`${label}: ${doc.tables.length} tables, ${columns} columns, ${patterns} access patterns, ${doc.relationships.length} foreign keys`);
  console.log(`  normalization ${normalization.toFixed(1)} ms + advisor ${advice.toFixed(1)} ms; analyzeDiagram (both, merged and sorted) ${combined.toFixed(1)} ms (target < 100 ms)`);
  console.log(`  ${report.findings.length} findings: ${JSON.stringify({ ...report.summary, byCategory: undefined })} ${JSON.stringify(report.summary.byCategory)}`);
}

bench('normalization diagram', bigNormalizationDiagram(300, 10));
bench('advisor diagram', bigAdvisorDiagram(300));
const memory = process.memoryUsage();
console.log(`memory: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`);
