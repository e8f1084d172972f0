import { loadModule, parse } from 'libpg-query';
import { FEATURES, type Feature } from '../../ddl/features';
import type { ChecksummedMigration } from '../../migrations/types';
import { scriptStatements } from '../migrate/statements';
import { DATA_LOSS_HAZARDS, type BundleManifest } from './manifest';

/** A table, or some of its columns, a step would destroy: what a backup must copy. */
export interface LossTarget {
  readonly schema: string | null;
  readonly table: string;
  /** Null: the whole table. */
  readonly columns: readonly string[] | null;
}

/** What the scripts a run is about to execute need and risk, read with the real PostgreSQL parser. */
export interface RunAnalysis {
  /** Extensions the scripts create, and `vector` when they use its types without creating it. */
  readonly extensions: readonly string[];
  readonly features: readonly { feature: Feature; version: number; file: string }[];
  /** Statements that destroy data, by version (manifest hazards and what the SQL says). */
  readonly dataLoss: ReadonlyMap<number, readonly string[]>;
  readonly lossTargets: ReadonlyMap<number, readonly LossTarget[]>;
  /** Schemas the scripts create objects in (for the CREATE privilege check). */
  readonly schemas: readonly string[];
  readonly createsSchemas: boolean;
}

const FEATURE_PATTERNS: readonly { feature: Feature; pattern: RegExp }[] = [
  { feature: 'nullsNotDistinct', pattern: /\bNULLS\s+NOT\s+DISTINCT\b/i },
  { feature: 'uuidv7', pattern: /\buuidv7\s*\(/i },
  { feature: 'jsonTable', pattern: /\bJSON_TABLE\s*\(/i },
  { feature: 'merge', pattern: /^\s*MERGE\s+INTO\b/im },
  { feature: 'maintainPrivilege', pattern: /\bGRANT\s+MAINTAIN\b/i },
  { feature: 'virtualGeneratedColumns', pattern: /\)\s*VIRTUAL\b/i },
];
const VECTOR_TYPE = /\b(vector|halfvec|sparsevec)\s*\(\s*\d+\s*\)/i;

type Node = Record<string, unknown>;
const str = (n: unknown) => ((n as { String?: { sval?: string } })?.String?.sval ?? '');

export async function analyzeRun(direction: 'up' | 'down', migrations: readonly ChecksummedMigration[], manifest: BundleManifest | null): Promise<RunAnalysis> {
  await loadModule();
  const extensions = new Set<string>();
  const features: RunAnalysis['features'][number][] = [];
  const dataLoss = new Map<number, string[]>();
  const lossTargets = new Map<number, LossTarget[]>();
  const schemas = new Set<string>();
  let createsSchemas = false;
  let usesVector = false;
  for (const m of migrations) {
    const sql = direction === 'up' ? m.up : m.down;
    const file = direction === 'up' ? m.upFile : m.downFile;
    const code = sql.replace(/'(?:[^']|'')*'/g, "''").replace(/--[^\n]*/g, '');
    for (const { feature, pattern } of FEATURE_PATTERNS) if (pattern.test(code)) features.push({ feature, version: FEATURES[feature].since, file });
    if (VECTOR_TYPE.test(code)) usesVector = true;
    const entry = manifest?.migrations.find((x) => x.version === m.version);
    const hazards = (direction === 'up' ? entry?.statements : entry?.downStatements) ?? [];
    const losses = hazards.filter((s) => s.hazards.some((h) => DATA_LOSS_HAZARDS.includes(h))).map((s) => s.explanation || 'a step that deletes data');
    const targets: LossTarget[] = [];
    for (const statement of scriptStatements(sql)) {
      let stmts: { stmt: Node }[];
      try {
        stmts = (await parse(statement.sql)).stmts as { stmt: Node }[] ?? [];
      } catch {
        continue; // PostgreSQL will say what is wrong with it, with its position.
      }
      for (const { stmt } of stmts) {
        const found = readStatement(stmt, extensions, schemas);
        if (found.createsSchema) createsSchemas = true;
        targets.push(...found.loss);
        if (found.loss.length > 0 && hazards.length === 0) losses.push(`${file}: ${statement.sql.split('\n')[0]!.slice(0, 120)}`);
      }
    }
    if (losses.length > 0) dataLoss.set(m.version, losses);
    if (targets.length > 0) lossTargets.set(m.version, targets);
  }
  if (usesVector) extensions.add('vector');
  return { extensions: [...extensions].sort(), features, dataLoss, lossTargets, schemas: [...schemas].sort(), createsSchemas };
}

function readStatement(stmt: Node, extensions: Set<string>, schemas: Set<string>): { loss: LossTarget[]; createsSchema: boolean } {
  const [kind, body] = Object.entries(stmt)[0] as [string, Node];
  const rangeVar = (r: unknown) => {
    const v = ((r as { RangeVar?: Node })?.RangeVar ?? r) as { schemaname?: string; relname?: string };
    return { schema: v.schemaname ?? null, table: v.relname ?? '' };
  };
  switch (kind) {
    case 'CreateExtensionStmt':
      extensions.add(String(body.extname));
      return { loss: [], createsSchema: false };
    case 'CreateSchemaStmt':
      return { loss: [], createsSchema: true };
    case 'CreateStmt': {
      const { schema } = rangeVar(body.relation);
      if (schema) schemas.add(schema);
      return { loss: [], createsSchema: false };
    }
    case 'DropStmt': {
      if (body.removeType !== 'OBJECT_TABLE') return { loss: [], createsSchema: false };
      const loss = (body.objects as Node[]).map((o) => {
        const parts = ((o.List as { items: unknown[] } | undefined)?.items ?? [o]).map(str);
        return { schema: parts.length > 1 ? parts.at(-2)! : null, table: parts.at(-1)!, columns: null };
      });
      return { loss, createsSchema: false };
    }
    case 'AlterTableStmt': {
      const columns = ((body.cmds as Node[]) ?? []).map((c) => c.AlterTableCmd as Node).filter((c) => c?.subtype === 'AT_DropColumn').map((c) => String(c.name));
      return { loss: columns.length > 0 ? [{ ...rangeVar(body.relation), columns }] : [], createsSchema: false };
    }
    case 'TruncateStmt':
      return { loss: ((body.relations as unknown[]) ?? []).map((r) => ({ ...rangeVar(r), columns: null })), createsSchema: false };
    default:
      return { loss: [], createsSchema: false };
  }
}
