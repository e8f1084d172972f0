import type { ClientBase } from 'pg';
import type { LiveHistoryEntry } from '../../api/dto';
import { historyExists, historyTable } from '../migrate/history';

/** The history scope of a diagram: one per diagram, so renaming it keeps its history. */
export const scopeOf = (diagramId: string) => `tablecraft-diagram-${diagramId}`;

interface Row {
  version: number;
  name: string;
  checksum: string;
  applied_at: Date;
  duration_ms: number;
  applied_by: string;
  success: boolean;
  error: string | null;
  backup: string | null;
}

/** Every row of the target's `tablecraft_meta.migration_history` for this diagram, oldest version first. */
export async function readLiveHistory(client: ClientBase, diagramId: string): Promise<LiveHistoryEntry[]> {
  const table = historyTable({ scope: scopeOf(diagramId) });
  if (!(await historyExists(client, table))) return [];
  const hasBackup = await client.query('SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass($1) AND attname = \'backup\' AND NOT attisdropped', [table.sql]);
  const rows = await client.query<Row>(
    `SELECT version, name, checksum, applied_at, duration_ms, applied_by, success, error, ${hasBackup.rows.length > 0 ? 'backup' : 'NULL::text AS backup'}
     FROM ${table.sql} WHERE scope = $1 ORDER BY version`, [scopeOf(diagramId)]);
  return rows.rows.map((r) => ({
    version: r.version, name: r.name, checksum: r.checksum, appliedAt: new Date(r.applied_at).toISOString(), durationMs: r.duration_ms,
    appliedBy: r.applied_by, success: r.success, error: r.error, backup: r.backup,
  }));
}
