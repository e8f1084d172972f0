import { DiagramBuilder } from '../model/builder';
import type { DiagramDocument } from '../model/document';
import { monthlyRangePartitions } from './monthly-partitions';

/**
 * An append-only events table partitioned by month. The primary key includes the
 * partition key (PostgreSQL rejects it otherwise), queries filter by time so
 * partitions are pruned, and a default partition catches stray timestamps.
 */
export function eventsTemplate(options: { firstMonth?: string; months?: number } = {}): DiagramDocument {
  const b = new DiagramBuilder('Events partitioned by month', { readableIds: true });
  b.table('events', (t) => t
    .column('id', 'bigint', { identity: 'always' })
    .column('occurred_at', 'timestamptz', { nullable: false, default: 'now()' })
    .column('source', 'text', { nullable: false })
    .column('kind', 'text', { nullable: false })
    .column('payload', 'jsonb', { nullable: false, default: "'{}'::jsonb" })
    .primaryKey('id', 'occurred_at')
    .index('events_source_occurred_at_idx', ['source', 'occurred_at DESC'])
    .index('events_payload_idx', ['payload jsonb_path_ops'], { method: 'gin' })
    .volume(50_000_000, 20_000_000)
    .accessPattern({ name: 'recent events of a source', filters: [{ column: 'source', operator: 'eq' }, { column: 'occurred_at', operator: 'gte' }], orderBy: [{ column: 'occurred_at', direction: 'desc' }], limit: 100, frequency: { count: 10, per: 'second' } })
    .comment('Append-only; drop old partitions instead of deleting rows.'));
  b.position('events', 0, 0);
  const doc = b.build();
  const events = doc.tables[0]!;
  const occurredAt = events.columns.find((c) => c.name === 'occurred_at')!;
  events.partitioning = {
    strategy: 'range',
    key: [{ columnId: occurredAt.id, expression: null }],
    partitions: monthlyRangePartitions('events', options.firstMonth ?? '2026-01', options.months ?? 12),
  };
  return doc;
}
