import type { CDPSession, Page } from '@playwright/test';

/**
 * Figures that do not move with the machine's load, for the canvas benchmark:
 * wall-clock frame times on a shared 2-core machine say as much about the
 * neighbours as about the canvas. Main-thread CPU time (Chrome's own counters,
 * in thread time) and what is in the DOM show whether a change made the work
 * smaller.
 */
export interface CpuTimes {
  /** Everything the renderer's main thread ran, in ms of CPU. */
  task: number;
  /** The whole renderer process (main thread, compositor, raster workers), in ms of CPU. */
  process: number;
  script: number;
  layout: number;
  style: number;
}

/** Makes Chrome count durations in thread CPU time, not wall time. Call before navigating. */
export async function countCpuTime(cdp: CDPSession): Promise<void> {
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
}

export async function cpuTimes(cdp: CDPSession): Promise<CpuTimes> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { task: ms('TaskDuration'), process: ms('ProcessTime'), script: ms('ScriptDuration'), layout: ms('LayoutDuration'), style: ms('RecalcStyleDuration') };
}

export function cpuSince(before: CpuTimes, after: CpuTimes): CpuTimes {
  return { task: after.task - before.task, process: after.process - before.process, script: after.script - before.script, layout: after.layout - before.layout, style: after.style - before.style };
}

export function describeCpu(cpu: CpuTimes): string {
  return `${cpu.task.toFixed(0)} ms (script ${cpu.script.toFixed(0)}, layout ${cpu.layout.toFixed(0)}, style ${cpu.style.toFixed(0)}); ` +
    `whole renderer ${cpu.process.toFixed(0)} ms`;
}

export interface DomCounts {
  /** Every element in the document. */
  elements: number;
  /** React Flow table nodes mounted. */
  tableNodes: number;
  edges: number;
  /** Table shapes in the zoomed-out overview layer. */
  overviewTables: number;
}

export async function domCounts(page: Page): Promise<DomCounts> {
  return page.evaluate(() => ({
    elements: document.getElementsByTagName('*').length,
    tableNodes: document.querySelectorAll('.react-flow__node-table').length,
    edges: document.querySelectorAll('.react-flow__edge').length,
    overviewTables: document.querySelectorAll('[aria-label="Diagram overview"] [data-table-id]').length,
  }));
}

export function describeDom(counts: DomCounts): string {
  const drawn = counts.overviewTables > 0
    ? `overview with ${counts.overviewTables} table shapes`
    : `${counts.tableNodes} table nodes, ${counts.edges} edges`;
  return `${drawn}; ${counts.elements} DOM elements`;
}
