import type { Index } from '../model/table-parts';
import type { Volume } from '../model/requirements';
import type { DdlError } from './errors';

/**
 * pgvector's own guidance and limits for index parameters:
 *  - IVFFlat `lists`: rows / 1000 up to 1M rows, sqrt(rows) above (README,
 *    "Index options"); used when the index sets no `lists` and the table states
 *    its volume.
 *  - HNSW `m` is 2–100 and `ef_construction` 4–1000 and at least 2·m (pgvector
 *    rejects the index otherwise; defaults 16 and 64).
 */
export function ivfflatLists(rows: number): number {
  const lists = rows <= 1_000_000 ? Math.round(rows / 1000) : Math.round(Math.sqrt(rows));
  return Math.max(1, lists);
}

/** The index's storage parameters with `lists` filled in from the volume where pgvector's default would be a guess. */
export function withVectorDefaults(index: Index, volume: Volume | null): Index['with'] {
  if (index.method !== 'ivfflat' || index.with.lists !== undefined || volume === null) return index.with;
  return { ...index.with, lists: ivfflatLists(volume.rows) };
}

const HNSW_DEFAULT_M = 16;
const HNSW_DEFAULT_EF = 64;

export function checkVectorParameters(index: Index, object: string): DdlError[] {
  const errors: DdlError[] = [];
  const fail = (parameter: string, message: string) =>
    errors.push({ kind: 'invalid_index_parameter', object, index: index.name, parameter, message: `index "${index.name}": ${message}` });
  const numberOf = (key: string) => {
    const value = index.with[key];
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isInteger(n)) fail(key, `${key} must be a whole number (got "${value}")`);
    return Number.isInteger(n) ? n : undefined;
  };
  if (index.method === 'hnsw') {
    const m = numberOf('m');
    const ef = numberOf('ef_construction');
    if (m !== undefined && (m < 2 || m > 100)) fail('m', `HNSW m must be between 2 and 100 (got ${m}); 16 suits most embeddings`);
    if (ef !== undefined && (ef < 4 || ef > 1000)) fail('ef_construction', `HNSW ef_construction must be between 4 and 1000 (got ${ef})`);
    const mEff = m ?? HNSW_DEFAULT_M;
    const efEff = ef ?? HNSW_DEFAULT_EF;
    if (efEff < 2 * mEff && (m === undefined || (m >= 2 && m <= 100))) {
      fail('ef_construction', `HNSW ef_construction (${efEff}) must be at least 2 × m (${2 * mEff}); raise ef_construction to ${2 * mEff} or lower m`);
    }
  }
  if (index.method === 'ivfflat') {
    const lists = numberOf('lists');
    if (lists !== undefined && (lists < 1 || lists > 32768)) fail('lists', `IVFFlat lists must be between 1 and 32768 (got ${lists})`);
  }
  return errors;
}
