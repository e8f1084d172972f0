'use client';

import type { Table } from '@/lib/model/table';
import { VectorDistance, type AccessPattern } from '@/lib/model/requirements';
import { NumberField, SelectField } from './fields';
import { vectorColumns } from './pattern-helpers';

const DISTANCE_LABELS: Record<VectorDistance, string> = {
  cosine: 'cosine <=>', l2: 'L2 <->', inner_product: 'inner product <#>', l1: 'L1 <+>', hamming: 'Hamming <~>', jaccard: 'Jaccard <%>',
};

/** Nearest-neighbour search: which vector column, which distance, how many neighbours (k). Only shown on tables with vector columns. */
export function PatternSimilarity({ table, pattern, update }: {
  table: Table; pattern: AccessPattern; update: (changes: Partial<Omit<AccessPattern, 'id'>>) => void;
}) {
  const columns = vectorColumns(table);
  if (columns.length === 0) return null;
  const similarity = pattern.similarity;
  return (
    <div className="space-y-1">
      <p className="text-[11px] text-zinc-500">Similarity search</p>
      <SelectField label={`Similarity column of ${pattern.name}`} value={similarity?.columnId ?? ''}
        options={[{ value: '', label: 'no similarity search' }, ...columns.map((c) => ({ value: c.id, label: c.name }))]}
        onChange={(columnId) => update({
          similarity: columnId === '' ? null : { columnId, distance: similarity?.distance ?? 'cosine', k: similarity?.k ?? 10 },
          // A nearest-neighbour query returns k rows; keep the limit in step unless the user set one.
          limit: columnId === '' ? pattern.limit : pattern.limit ?? similarity?.k ?? 10,
        })} />
      {similarity && (
        <div className="flex gap-1">
          <SelectField label={`Similarity distance of ${pattern.name}`} value={similarity.distance} className="flex-1"
            options={VectorDistance.options.map((d) => ({ value: d, label: DISTANCE_LABELS[d] }))}
            onChange={(distance) => update({ similarity: { ...similarity, distance } })} />
          <NumberField label={`Nearest neighbours k of ${pattern.name}`} value={similarity.k} className="w-16"
            onCommit={(k) => { if (k !== null && Number.isInteger(k) && k >= 1) update({ similarity: { ...similarity, k } }); }} />
        </div>
      )}
    </div>
  );
}
