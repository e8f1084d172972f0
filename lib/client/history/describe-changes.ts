import { formatColumnType } from '../../canvas/format-type';
import type { ColumnChange, ColumnPropertyChange, ObjectChange, TableChange, TablePropertyChange } from '../../model/compare';
import type { DiagramDocument } from '../../model/document';

/**
 * The change list of the compare view in words: one line per table, with
 * the details under it ("email: type text → varchar(320), now NOT NULL").
 * Types are spelled as the canvas spells them, each in its own document.
 */
export interface TableChangeLines {
  readonly tableId: string;
  readonly status: TableChange['status'];
  /** `customers (was users)` */
  readonly title: string;
  readonly details: readonly { readonly status: ColumnChange['status'] | 'changed'; readonly text: string }[];
}

export function describeTableChange(change: TableChange, from: DiagramDocument, to: DiagramDocument): TableChangeLines {
  const title = change.previousName ? `${change.name} (was ${change.previousName})` : change.name;
  const details = [
    ...change.properties.filter((p) => p.property !== 'name').map((p) => ({ status: 'changed' as const, text: describeTableProperty(p) })),
    ...(change.status === 'changed' ? change.columns.map((c) => ({ status: c.status, text: describeColumn(c, from, to) })) : []),
    ...change.indexes.map((i) => ({
      status: i.status,
      text: `index ${i.previousName ? `${i.name} (was ${i.previousName})` : i.name}: ${i.status}${i.status === 'changed' ? ` (${i.properties.join(', ')})` : ''}`,
    })),
  ];
  return { tableId: change.tableId, status: change.status, title, details };
}

export function describeColumn(change: ColumnChange, from: DiagramDocument, to: DiagramDocument): string {
  const name = change.previousName ? `${change.previousName} → ${change.name}` : change.name;
  if (change.status !== 'changed') return `${name}: ${change.status}`;
  const parts = change.changes.filter((c) => c.property !== 'name').map((c) => describeColumnProperty(c, from, to));
  return parts.length === 0 ? `${name}: renamed` : `${name}: ${parts.join(', ')}`;
}

function describeColumnProperty(change: ColumnPropertyChange, from: DiagramDocument, to: DiagramDocument): string {
  switch (change.property) {
    case 'type':
      return `type ${formatColumnType(from, change.before)} → ${formatColumnType(to, change.after)}`;
    case 'nullable':
      return change.after ? 'now nullable' : 'now NOT NULL';
    case 'default':
      return `default ${change.before ?? 'none'} → ${change.after ?? 'none'}`;
    case 'identity':
      return `identity ${change.before ?? 'none'} → ${change.after ?? 'none'}`;
    case 'generated':
      return `generated ${change.before?.expression ?? 'none'} → ${change.after?.expression ?? 'none'}`;
    case 'collation':
      return `collation ${change.before ?? 'default'} → ${change.after ?? 'default'}`;
    case 'comment':
      return 'comment changed';
    case 'name':
      return `renamed from ${change.before}`;
  }
}

const TABLE_PROPERTY_WORDS: Record<TablePropertyChange['property'], string> = {
  name: 'renamed', schemaId: 'moved to another schema', comment: 'comment changed', primaryKey: 'primary key changed',
  uniques: 'unique constraints changed', checks: 'check constraints changed', partitioning: 'partitioning changed', unlogged: 'logging changed',
};

function describeTableProperty(change: TablePropertyChange): string {
  return TABLE_PROPERTY_WORDS[change.property];
}

const KIND_WORDS: Record<ObjectChange['kind'], string> = {
  relationship: 'Relationship', enum: 'Enum', domain: 'Domain', sequence: 'Sequence', schema: 'Schema', extension: 'Extension',
};

/** `Enum order_state (was order_status): changed (values)` */
export function describeObject(change: ObjectChange): string {
  const name = change.previousName ? `${change.name} (was ${change.previousName})` : change.name;
  const what = change.status === 'changed' ? `changed (${change.properties.join(', ')})` : change.status;
  return `${KIND_WORDS[change.kind]} ${name}: ${what}`;
}
