'use client';

import { convertToManyToMany } from '@/lib/editor/factories/many-to-many';
import { ReferentialAction } from '@/lib/model/relationship';
import { useDesigner, useDesignerStore } from '@/lib/client/designer/context';
import { Button } from '../../ui/Button';
import { CheckField, Section, SelectField } from './fields';
import { ErrorLine, useExecute } from './use-execute';

/** The selected relationship: cardinality (switching to N:M makes a junction table), optional/required, ON DELETE / ON UPDATE. */
export function RelationshipInspector({ relationshipId }: { relationshipId: string }) {
  const document = useDesigner((s) => s.document);
  const store = useDesignerStore();
  const { run, error } = useExecute();
  const rel = document.relationships.find((r) => r.id === relationshipId);
  if (!rel) return null;
  const child = document.tables.find((t) => t.id === rel.fromTableId)!;
  const parent = document.tables.find((t) => t.id === rel.toTableId)!;
  const fkColumns = child.columns.filter((c) => rel.fromColumnIds.includes(c.id));
  const optional = fkColumns.some((c) => c.nullable);
  const setCardinality = (value: '1:1' | '1:N' | 'N:M') => {
    if (value !== 'N:M') { run({ kind: 'updateRelationship', relationshipId, changes: { cardinality: value } }); return; }
    const made = convertToManyToMany(document, relationshipId);
    if (made.ok && run(made.value)) store.getState().selectTable(null);
  };
  return (
    <div className="flex flex-col gap-6 p-5">
      <Section title="Relationship" actions={<Button variant="ghost" size="sm" onClick={() => store.getState().selectEdge(null)}>Close</Button>}>
        <p className="font-mono text-xs">{child.name}({fkColumns.map((c) => c.name).join(', ')}) → {parent.name}</p>
        <SelectField label="Cardinality" value={rel.cardinality} options={[{ value: '1:N', label: 'one to many (1:N)' }, { value: '1:1', label: 'one to one (1:1)' }, { value: 'N:M', label: 'many to many (N:M)' }]} onChange={setCardinality} />
        <CheckField label="Optional (foreign key column nullable)" checked={optional}
          onChange={(on) => run({ kind: 'batch', commands: fkColumns.map((c) => ({ kind: 'updateColumn' as const, tableId: child.id, columnId: c.id, changes: { nullable: on } })) })} />
        <SelectField label="On delete" value={rel.onDelete} options={ReferentialAction.options} onChange={(onDelete) => run({ kind: 'updateRelationship', relationshipId, changes: { onDelete } })} />
        <SelectField label="On update" value={rel.onUpdate} options={ReferentialAction.options} onChange={(onUpdate) => run({ kind: 'updateRelationship', relationshipId, changes: { onUpdate } })} />
        <Button size="sm" variant="danger" onClick={() => run({ kind: 'deleteRelationships', relationshipIds: [relationshipId] })}>Delete relationship</Button>
        <ErrorLine error={error} />
      </Section>
    </div>
  );
}
