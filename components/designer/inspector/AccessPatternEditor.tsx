'use client';

import type { Table } from '@/lib/model/table';
import type { AccessPattern } from '@/lib/model/requirements';
import { useDesigner } from '@/lib/client/designer/context';
import { CheckList } from './CheckList';
import { NumberField, SelectField, SmallButton, TextField } from './fields';
import { describeRelationship, joinableRelationships } from './pattern-helpers';
import { PatternFilters } from './PatternFilters';
import { PatternSimilarity } from './PatternSimilarity';
import type { useExecute } from './use-execute';

const OPERATIONS = ['select', 'insert', 'update', 'delete'] as const;

/**
 * One named query on a table: the operation, its filters and sort, the foreign
 * keys it joins along, a nearest-neighbour search, the columns it reads (a few
 * read often make a covering index worth it), its limit and how often it runs.
 */
export function AccessPatternEditor({ table, pattern, run }: { table: Table; pattern: AccessPattern; run: ReturnType<typeof useExecute>['run'] }) {
  const document = useDesigner((s) => s.document);
  const update = (changes: Partial<Omit<AccessPattern, 'id'>>) => run({ kind: 'updatePart', tableId: table.id, part: 'accessPatterns', id: pattern.id, changes });
  const joins = joinableRelationships(document, table);
  return (
    <div role="group" aria-label={`Access pattern ${pattern.name}`} className="space-y-1.5 rounded-md border border-zinc-100 p-2 dark:border-zinc-800">
      <div className="flex gap-1">
        <TextField label={`Name of access pattern ${pattern.name}`} value={pattern.name} onCommit={(name) => name && update({ name })} className="font-sans" />
        <SmallButton label={`Delete access pattern ${pattern.name}`} onClick={() => run({ kind: 'deletePart', tableId: table.id, part: 'accessPatterns', id: pattern.id })}>✕</SmallButton>
      </div>
      <SelectField label={`Operation of ${pattern.name}`} value={pattern.operation} options={OPERATIONS} onChange={(operation) => update({ operation })} />
      <PatternFilters table={table} pattern={pattern} update={update} />
      <CheckList label={`Joins of ${pattern.name}`} empty="this table has no foreign keys"
        options={joins.map((r) => ({ value: r.id, label: describeRelationship(document, r) }))}
        selected={pattern.joins} onChange={(ids) => update({ joins: ids })} />
      <PatternSimilarity table={table} pattern={pattern} update={update} />
      <CheckList label={`Columns read by ${pattern.name} (none = all)`}
        options={table.columns.map((c) => ({ value: c.id, label: c.name }))}
        selected={pattern.select} onChange={(ids) => update({ select: ids })} />
      <div className="flex gap-1">
        <NumberField label={`Limit of ${pattern.name}`} value={pattern.limit} onCommit={(limit) => { if (limit === null || (Number.isInteger(limit) && limit >= 1)) update({ limit }); }} />
        <NumberField label={`Frequency of ${pattern.name}`} value={pattern.frequency.count} onCommit={(count) => update({ frequency: { ...pattern.frequency, count: Math.max(0, count ?? 0) } })} />
        <SelectField label={`Frequency unit of ${pattern.name}`} value={pattern.frequency.per} options={['second', 'minute', 'hour', 'day'] as const} onChange={(per) => update({ frequency: { ...pattern.frequency, per } })} />
      </div>
    </div>
  );
}
