/** One node of an EXPLAIN plan, flattened. */
export interface PlanNode {
  readonly nodeType: string;
  readonly depth: number;
  readonly relation: string | null;
  readonly index: string | null;
  readonly planRows: number | null;
  /** Actual rows per loop (EXPLAIN ANALYZE), else null. */
  readonly actualRows: number | null;
  readonly loops: number | null;
  /** Rows read and thrown away by a filter (ANALYZE). */
  readonly rowsRemoved: number;
  readonly sharedHit: number;
  readonly sharedRead: number;
}

export interface PlanSummary {
  readonly nodes: PlanNode[];
  readonly nodeTypes: string[];
  readonly indexes: string[];
  readonly rows: number | null;
  readonly buffers: { readonly hit: number; readonly read: number };
  readonly executionMs: number | null;
  readonly planningMs: number | null;
  readonly seqScans: { readonly relation: string; readonly rowsScanned: number }[];
  /** A sequential scan read at least `largeTableRows` rows (default 10,000). */
  readonly seqScanOnLargeTable: boolean;
  readonly usesIndex: boolean;
}

type RawNode = Record<string, unknown> & { Plans?: RawNode[] };

/**
 * Summarizes `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)` output — the JSON text,
 * the parsed array, or its first element — into what the UI shows side by side:
 * node types, the relation and index of each scan, rows, buffers, and whether a
 * sequential scan read a large table.
 */
export function summarizePlan(explain: unknown, options: { largeTableRows?: number } = {}): PlanSummary {
  const parsed = typeof explain === 'string' ? JSON.parse(explain) as unknown : explain;
  const top = (Array.isArray(parsed) ? parsed[0] : parsed) as Record<string, unknown> | undefined;
  if (!top || typeof top !== 'object' || typeof top.Plan !== 'object' || top.Plan === null) {
    throw new Error('summarizePlan: expected EXPLAIN (FORMAT JSON) output with a "Plan" object');
  }
  const nodes: PlanNode[] = [];
  const walk = (node: RawNode, depth: number) => {
    nodes.push({
      nodeType: String(node['Node Type']), depth,
      relation: str(node['Relation Name']), index: str(node['Index Name']),
      planRows: num(node['Plan Rows']), actualRows: num(node['Actual Rows']), loops: num(node['Actual Loops']),
      rowsRemoved: (num(node['Rows Removed by Filter']) ?? 0) + (num(node['Rows Removed by Index Recheck']) ?? 0),
      sharedHit: num(node['Shared Hit Blocks']) ?? 0, sharedRead: num(node['Shared Read Blocks']) ?? 0,
    });
    for (const child of node.Plans ?? []) walk(child, depth + 1);
  };
  walk(top.Plan as RawNode, 0);
  const root = nodes[0]!;
  const seqScans = nodes.filter((n) => n.nodeType === 'Seq Scan' && n.relation !== null).map((n) => ({
    relation: n.relation!,
    rowsScanned: n.actualRows !== null ? (n.actualRows + n.rowsRemoved / Math.max(1, n.loops ?? 1)) * (n.loops ?? 1) : n.planRows ?? 0,
  }));
  return {
    nodes, nodeTypes: [...new Set(nodes.map((n) => n.nodeType))],
    indexes: [...new Set(nodes.flatMap((n) => (n.index ? [n.index] : [])))],
    rows: root.actualRows ?? root.planRows,
    buffers: { hit: root.sharedHit, read: root.sharedRead },
    executionMs: num(top['Execution Time']), planningMs: num(top['Planning Time']),
    seqScans, seqScanOnLargeTable: seqScans.some((s) => s.rowsScanned >= (options.largeTableRows ?? 10_000)),
    usesIndex: nodes.some((n) => /Index/.test(n.nodeType)),
  };
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const num = (v: unknown) => (typeof v === 'number' ? v : null);
