import { createStatements } from '../ddl/generate';
import { DEFAULT_POSTGRES_VERSION, type DiagramDocument } from '../model/document';

export interface TargetChoice {
  postgresVersion: number;
  /** Why the version differs from the one asked for (or the default); null when it does not. */
  reason: string | null;
}

/**
 * The PostgreSQL version an imported diagram targets: the one asked for (or
 * the default), raised to the lowest version that has every feature the
 * schema uses (`uuidv7()` needs 18, `NULLS NOT DISTINCT` 15). The feature map
 * is lib/ddl's: the generator's own check says what the target lacks.
 */
export function chooseTargetVersion(doc: DiagramDocument, requested: number | undefined): TargetChoice {
  const start = requested ?? DEFAULT_POSTGRES_VERSION;
  const generated = createStatements({ ...doc, target: { postgresVersion: start } });
  const missing = generated.ok ? [] : generated.error.flatMap((e) => (e.kind === 'feature_unavailable' ? [e] : []));
  const needed = Math.max(start, ...missing.map((e) => e.neededVersion));
  if (needed === start) return { postgresVersion: start, reason: null };
  const features = [...new Set(missing.filter((e) => e.neededVersion > start).map((e) => `${e.feature} (${e.object})`))].join(', ');
  const asked = requested === undefined ? `the default PostgreSQL ${start}` : `the requested PostgreSQL ${start}`;
  return { postgresVersion: needed, reason: `the schema uses ${features}, which ${asked} lacks; the diagram targets PostgreSQL ${needed}` };
}
