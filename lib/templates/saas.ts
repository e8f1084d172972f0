import { DiagramBuilder } from '../model/builder';
import type { DiagramDocument } from '../model/document';

/**
 * A multi-tenant SaaS core: every tenant-owned row carries tenant_id, tenant
 * scoped uniqueness includes it, and the composite keys let foreign keys stay
 * inside one tenant.
 */
export function saasTemplate(): DiagramDocument {
  const b = new DiagramBuilder('Multi-tenant SaaS', { readableIds: true });
  b.enum('member_role', ['owner', 'admin', 'member', 'viewer']);
  b.table('tenants', (t) => t
    .column('id', 'uuid', { nullable: false, default: 'gen_random_uuid()' })
    .column('slug', 'text', { nullable: false })
    .column('name', 'text', { nullable: false })
    .column('plan', 'text', { nullable: false, default: "'free'" })
    .column('created_at', 'timestamptz', { nullable: false, default: 'now()' })
    .primaryKey('id')
    .unique('slug')
    .volume(20_000, 500));
  b.table('users', (t) => t
    .column('id', 'uuid', { nullable: false, default: 'gen_random_uuid()' })
    .column('email', 'text', { nullable: false })
    .column('display_name', 'text', { nullable: false })
    .column('created_at', 'timestamptz', { nullable: false, default: 'now()' })
    .primaryKey('id')
    .unique('email')
    .volume(400_000, 10_000));
  b.table('memberships', (t) => t
    .column('tenant_id', 'uuid', { nullable: false })
    .column('user_id', 'uuid', { nullable: false })
    .column('role', b.enumType('member_role'), { nullable: false, default: "'member'" })
    .column('joined_at', 'timestamptz', { nullable: false, default: 'now()' })
    .primaryKey('tenant_id', 'user_id')
    .index('memberships_user_id_idx', ['user_id']));
  b.table('projects', (t) => t
    .column('tenant_id', 'uuid', { nullable: false })
    .column('id', 'bigint', { identity: 'always' })
    .column('name', 'text', { nullable: false })
    .column('settings', 'jsonb', { nullable: false, default: "'{}'::jsonb" })
    .column('archived_at', 'timestamptz')
    .column('created_at', 'timestamptz', { nullable: false, default: 'now()' })
    .primaryKey('tenant_id', 'id')
    .unique('tenant_id', 'name')
    .index('projects_active_idx', ['tenant_id', 'created_at DESC'], { where: 'archived_at IS NULL' })
    .volume(2_000_000, 60_000)
    .accessPattern({ name: 'active projects of a tenant', filters: [{ column: 'tenant_id', operator: 'eq' }, { column: 'archived_at', operator: 'is_null' }], orderBy: [{ column: 'created_at', direction: 'desc' }], limit: 50, frequency: { count: 20, per: 'second' } }));
  b.table('tasks', (t) => t
    .column('tenant_id', 'uuid', { nullable: false })
    .column('id', 'bigint', { identity: 'always' })
    .column('project_id', 'bigint', { nullable: false })
    .column('assignee_id', 'uuid')
    .column('title', 'text', { nullable: false })
    .column('done', 'boolean', { nullable: false, default: 'false' })
    .column('due_on', 'date')
    .primaryKey('tenant_id', 'id')
    .index('tasks_project_idx', ['tenant_id', 'project_id'])
    .index('tasks_assignee_idx', ['assignee_id'], { where: 'NOT done' })
    .volume(40_000_000, 1_500_000)
    .accessPattern({ name: 'open tasks of a project', filters: [{ column: 'tenant_id', operator: 'eq' }, { column: 'project_id', operator: 'eq' }, { column: 'done', operator: 'eq', constant: 'false' }], frequency: { count: 60, per: 'second' } }));
  b.foreignKey('memberships', ['tenant_id'], 'tenants', ['id'], { onDelete: 'CASCADE' });
  b.foreignKey('memberships', ['user_id'], 'users', ['id'], { onDelete: 'CASCADE' });
  b.foreignKey('projects', ['tenant_id'], 'tenants', ['id'], { onDelete: 'CASCADE' });
  b.foreignKey('tasks', ['tenant_id', 'project_id'], 'projects', ['tenant_id', 'id'], { onDelete: 'CASCADE' });
  b.foreignKey('tasks', ['assignee_id'], 'users', ['id'], { onDelete: 'SET NULL' });
  b.position('tenants', 0, 0).position('memberships', 360, 0).position('users', 720, 0)
    .position('projects', 0, 320).position('tasks', 360, 320);
  return b.build();
}
