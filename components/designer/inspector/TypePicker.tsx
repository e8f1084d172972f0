'use client';

import type { ColumnType } from '@/lib/model/column-type';
import { catalogType, EMBEDDING_MODELS, TYPE_CATALOG } from '@/lib/model/type-catalog';
import { useDesigner } from '@/lib/client/designer/context';
import { NumberField, SelectField } from './fields';

/** Encodes a type choice in one select value: `base:varchar`, `enum:<id>`, `domain:<id>`. */
function choiceOf(type: ColumnType): string {
  if (type.kind === 'base') return `base:${type.name}`;
  if (type.kind === 'enum') return `enum:${type.enumId}`;
  if (type.kind === 'domain') return `domain:${type.domainId}`;
  return 'custom';
}

/**
 * The type picker: the catalog, the diagram's enums and domains, modifiers
 * (length, precision/scale, dimensions), array dimensions, and for vector types
 * a picker of common embedding models that fills in the dimensions.
 */
export function TypePicker({ columnName, type, onChange, subject = `column ${columnName}`, withDomains = true }: {
  columnName: string; type: ColumnType; onChange: (type: ColumnType) => void;
  /** What the labels name, e.g. `domain email_address` (default `column <name>`). */
  subject?: string;
  /** A domain's base type cannot be another domain, so its picker leaves them out. */
  withDomains?: boolean;
}) {
  const enums = useDesigner((s) => s.document.enums);
  const domains = useDesigner((s) => s.document.domains);
  const arrayDims = type.kind === 'custom' ? 0 : type.arrayDims;
  const options = [
    ...TYPE_CATALOG.map((t) => ({ value: `base:${t.key}`, label: t.key })),
    ...enums.map((e) => ({ value: `enum:${e.id}`, label: `enum ${e.name}` })),
    ...(withDomains ? domains : []).map((d) => ({ value: `domain:${d.id}`, label: `domain ${d.name}` })),
    ...(type.kind === 'custom' ? [{ value: 'custom', label: type.sql }] : []),
  ];
  const choose = (choice: string) => {
    const [kind, ref] = choice.split(':') as [string, string];
    if (kind === 'enum') onChange({ kind: 'enum', enumId: ref, arrayDims });
    else if (kind === 'domain') onChange({ kind: 'domain', domainId: ref, arrayDims });
    else if (kind === 'base') {
      const spec = catalogType(ref)!;
      const modifiers = spec.requiredModifiers > 0 ? [spec.category === 'vector' ? 1536 : 1] : [];
      onChange({ kind: 'base', name: ref, modifiers, arrayDims });
    }
  };
  const spec = type.kind === 'base' ? catalogType(type.name) : undefined;
  return (
    <div className="space-y-1.5">
      <SelectField label={`Type of ${subject}`} value={choiceOf(type)} options={options} onChange={choose} />
      {type.kind === 'base' && spec && spec.modifiers.length > 0 && (
        <div className="flex gap-1.5">
          {spec.modifiers.map((m, i) => (
            <NumberField key={m.label} label={`${m.label} of ${subject}`} value={type.modifiers[i] ?? null}
              onCommit={(v) => {
                const modifiers = [...type.modifiers];
                if (v === null) modifiers.splice(i);
                else modifiers[i] = v;
                onChange({ ...type, modifiers });
              }} />
          ))}
        </div>
      )}
      {spec?.category === 'vector' && type.kind === 'base' && (
        <SelectField label={`Embedding model of ${subject}`} value=""
          options={[{ value: '', label: 'Pick an embedding model…' }, ...EMBEDDING_MODELS.map((m) => ({ value: String(m.dimensions) + '|' + m.name, label: `${m.name} (${m.dimensions})` }))]}
          onChange={(v) => { if (v) onChange({ ...type, modifiers: [Number(v.split('|')[0])] }); }} />
      )}
      {type.kind !== 'custom' && (
        <SelectField label={`Array dimensions of ${subject}`} value={String(arrayDims)}
          options={[{ value: '0', label: 'not an array' }, { value: '1', label: 'array []' }, { value: '2', label: 'array [][]' }]}
          onChange={(v) => onChange({ ...type, arrayDims: Number(v) })} />
      )}
    </div>
  );
}
