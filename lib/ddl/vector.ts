import type { VectorDistance } from '../model/requirements';

/**
 * pgvector index rules: which operator class serves which distance, and how many
 * dimensions an HNSW or IVFFlat index can hold (the column itself can be larger;
 * the index cannot — pgvector rejects it at CREATE INDEX time).
 */
export type VectorType = 'vector' | 'halfvec' | 'sparsevec' | 'bit';

const DISTANCE_SUFFIX: Record<VectorDistance, string> = {
  l2: 'l2_ops',
  cosine: 'cosine_ops',
  inner_product: 'ip_ops',
  l1: 'l1_ops',
  hamming: 'hamming_ops',
  jaccard: 'jaccard_ops',
};

/** `vector_cosine_ops`, `halfvec_ip_ops`, `bit_hamming_ops`, … */
export function vectorOpclass(type: VectorType, distance: VectorDistance): string {
  return `${type}_${DISTANCE_SUFFIX[distance]}`;
}

/** The distance PostgreSQL's planner serves when no access pattern says otherwise: pgvector's default opclass is L2 (Hamming for bit). */
export function defaultDistance(type: VectorType): VectorDistance {
  return type === 'bit' ? 'hamming' : 'l2';
}

/** Dimension limits of HNSW and IVFFlat indexes (pgvector 0.7+). sparsevec has no dimension limit, only non-zero elements. */
export const INDEX_DIMENSION_LIMIT: Partial<Record<VectorType, number>> = {
  vector: 2000,
  halfvec: 4000,
  bit: 64000,
};

/** Reads `::halfvec(3072)` / `::vector(1536)` from an expression key such as `(embedding::halfvec(3072))`. */
export function vectorCastIn(expression: string): { type: VectorType; dimensions: number } | null {
  const match = /::\s*(vector|halfvec|sparsevec|bit)\s*\(\s*(\d+)\s*\)/i.exec(expression);
  if (!match) return null;
  return { type: match[1]!.toLowerCase() as VectorType, dimensions: Number(match[2]) };
}

export function dimensionAdvice(type: VectorType, dimensions: number, limit: number): string {
  const base = `an HNSW or IVFFlat index on ${type}(${dimensions}) exceeds pgvector's limit of ${limit} dimensions`;
  if (type === 'vector' && dimensions <= (INDEX_DIMENSION_LIMIT.halfvec ?? 0)) {
    return `${base}; index a halfvec expression instead, e.g. USING hnsw ((embedding::halfvec(${dimensions})) halfvec_cosine_ops), or reduce the embedding to ${limit} dimensions or fewer`;
  }
  return `${base}; reduce the embedding to ${limit} dimensions or fewer (many models can output shortened embeddings), or use binary quantization`;
}
