'use client';

import { newId } from '@/lib/model/ids';
import { useDesigner } from '@/lib/client/designer/context';
import { AddTextField, Section, SmallButton, TextField } from './fields';
import { ErrorLine, useExecute } from './use-execute';

/** The diagram's enum types: add, rename, edit values (comma-separated; existing labels keep their ids), delete. */
export function EnumsPanel() {
  const enums = useDesigner((s) => s.document.enums);
  const schemas = useDesigner((s) => s.document.schemas);
  const { run, error } = useExecute();
  return (
    <Section title="Enums">
      {enums.map((e) => (
        <div key={e.id} role="group" aria-label={`Enum ${e.name}`} className="space-y-1">
          <div className="flex gap-1">
            <TextField label={`Name of enum ${e.name}`} value={e.name} onCommit={(name) => name && run({ kind: 'updateEnum', enumId: e.id, changes: { name } })} />
            <SmallButton label={`Delete enum ${e.name}`} onClick={() => run({ kind: 'deleteEnum', enumId: e.id })}>✕</SmallButton>
          </div>
          <TextField label={`Values of enum ${e.name}`} value={e.values.map((v) => v.name).join(', ')}
            onCommit={(text) => {
              const names = (text ?? '').split(',').map((s) => s.trim()).filter(Boolean);
              const values = names.map((name, i) => e.values.find((v) => v.name === name) ?? { id: e.values[i] && !names.includes(e.values[i]!.name) ? e.values[i]!.id : newId('val'), name });
              if (values.length > 0) run({ kind: 'updateEnum', enumId: e.id, changes: { values } });
            }} />
        </div>
      ))}
      <AddTextField label="New enum name" placeholder="+ enum name"
        onAdd={(name) => run({ kind: 'addEnum', enumType: { id: newId('enm'), schemaId: schemas[0]!.id, name, values: [{ id: newId('val'), name: 'value_1' }], comment: '' } })} />
      <ErrorLine error={error} />
    </Section>
  );
}
