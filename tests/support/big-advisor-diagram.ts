import { DiagramBuilder } from '../../lib/model/builder';

/** 500 tables with access patterns, indexes and a chain of foreign keys: the advisor's benchmark and determinism input. */
export function bigAdvisorDiagram(tableCount = 500) {
  const b = new DiagramBuilder(`${tableCount} tables`, { readableIds: true });
  for (let i = 0; i < tableCount; i++) {
    b.table(`t${i}`, (t) => {
      t.column('id', 'bigint', { identity: 'always' }).column('parent_id', 'bigint').column('status', 'text', { nullable: false })
        .column('payload', 'jsonb').column('amount', 'numeric').column('created_at', 'timestamptz', { nullable: false, default: 'now()' })
        .primaryKey('id').index(`t${i}_status_idx`, ['status']).volume(1_000_000 * (i % 7), 100_000 * (i % 5))
        .accessPattern({ name: 'by parent', filters: [{ column: 'parent_id', operator: 'eq' }], orderBy: [{ column: 'created_at', direction: 'desc' }], limit: 20 })
        .accessPattern({ name: 'active by amount', filters: [{ column: 'status', operator: 'eq', constant: 'active' }, { column: 'amount', operator: 'gte' }] })
        .accessPattern({ name: 'by payload', filters: [{ column: 'payload', operator: 'contains' }] });
    });
    if (i > 0) b.foreignKey(`t${i}`, ['parent_id'], `t${i - 1}`, ['id'], { onDelete: i % 2 === 0 ? 'CASCADE' : 'NO ACTION' });
  }
  return b.build();
}
