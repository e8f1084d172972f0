import type pg from 'pg';
import { adviseDocument, applyAdvisorFix, patternQuery, summarizePlan, type IndexProposal, type PlanSummary } from '../../advisor';
import { migrationStatements } from '../../ddl';
import type { DiagramDocument } from '../../model/document';
import { sampleParams } from './params';
import type { PatternReport, RehearsalEvent } from './types';

export interface ExplainOptions {
  readonly largeTableRows: number;
  /** Create each proposed index in the scratch target and EXPLAIN again. */
  readonly applyProposals: boolean;
  readonly emit: (event: RehearsalEvent) => void;
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) for every declared access pattern, on the loaded
 * data. A sequential scan over a large table is flagged with the index the
 * advisor proposes for the pattern; on request the proposal is applied (the
 * same fix → diff → DDL path as in the editor) and the plan taken again.
 * Returns the reports and the document with the applied proposals.
 */
export async function explainPatterns(client: pg.Client, doc: DiagramDocument, options: ExplainOptions): Promise<{ patterns: PatternReport[]; document: DiagramDocument }> {
  const advice = adviseDocument(doc);
  const proposals = new Map(advice.proposals.filter((p): p is IndexProposal => p.kind === 'index').map((p) => [p.id, p]));
  const reports: PatternReport[] = [];
  let current = doc;
  const applied = new Set<string>();
  for (const table of doc.tables) {
    for (const pattern of table.accessPatterns) {
      const base = { tableId: table.id, table: table.name, patternId: pattern.id, pattern: pattern.name };
      if (pattern.operation === 'insert') {
        reports.push({ ...base, sql: null, params: [], skipped: 'an insert pattern has no query to explain', before: null, seqScanOnLargeTable: false, proposal: null, after: null });
        continue;
      }
      const query = patternQuery(current, table.id, pattern.id);
      if (!query.ok) {
        reports.push({ ...base, sql: null, params: [], skipped: query.error, before: null, seqScanOnLargeTable: false, proposal: null, after: null });
        continue;
      }
      const sampled = await sampleParams(client, current, current.tables.find((t) => t.id === table.id)!, query.value.params);
      if ('missing' in sampled) {
        reports.push({ ...base, sql: query.value.sql, params: [], skipped: sampled.missing, before: null, seqScanOnLargeTable: false, proposal: null, after: null });
        continue;
      }
      const params = query.value.params.map((p, i) => ({ meaning: p.meaning, value: sampled.values[i]! }));
      const before = await explain(client, query.value.sql, sampled.values, options.largeTableRows);
      options.emit({ kind: 'explain', table: table.name, pattern: pattern.name, phase: 'before', executionMs: before.executionMs });
      const coverage = advice.coverage.find((c) => c.tableId === table.id && c.patternId === pattern.id);
      const proposal = coverage?.servedBy?.kind === 'proposal' ? proposals.get(coverage.servedBy.proposalId) ?? null : null;
      let after: PlanSummary | null = null;
      let ddl: string[] = [];
      if (proposal && options.applyProposals && before.seqScanOnLargeTable) {
        if (!applied.has(proposal.id)) {
          const next = applyAdvisorFix(current, proposal.fix);
          if (!next.ok) throw new Error(`applying the proposal ${proposal.index.name}: ${next.error.message}`);
          const statements = migrationStatements(current, next.value);
          if (!statements.ok) throw new Error(`no DDL for the proposal ${proposal.index.name}: ${JSON.stringify(statements.error)}`);
          const started = performance.now();
          for (const s of statements.value) await client.query(s.sql);
          await client.query(`ANALYZE`);
          ddl = statements.value.map((s) => s.sql);
          options.emit({ kind: 'proposal_applied', table: table.name, index: proposal.index.name, durationMs: Math.round(performance.now() - started) });
          applied.add(proposal.id);
          current = next.value;
        }
        after = await explain(client, query.value.sql, sampled.values, options.largeTableRows);
        options.emit({ kind: 'explain', table: table.name, pattern: pattern.name, phase: 'after', executionMs: after.executionMs });
      }
      reports.push({
        ...base, sql: query.value.sql, params, skipped: null, before, seqScanOnLargeTable: before.seqScanOnLargeTable,
        servedBy: coverage?.servedBy?.kind === 'existing' ? coverage.servedBy.name : null,
        proposal: proposal ? { id: proposal.id, indexName: proposal.index.name, reasons: proposal.reasons, fix: proposal.fix, ddl } : null,
        after,
      });
    }
  }
  return { patterns: reports, document: current };
}

async function explain(client: pg.Client, sql: string, values: readonly (string | null)[], largeTableRows: number): Promise<PlanSummary> {
  const { rows } = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, [...values]);
  return summarizePlan(rows[0]!['QUERY PLAN'], { largeTableRows });
}
