'use client';

import { newId } from '@/lib/model/ids';
import type { DomainType } from '@/lib/model/types';
import { useDesigner } from '@/lib/client/designer/context';
import { DomainEditor } from './DomainEditor';
import { AddTextField, Section } from './fields';
import { ErrorLine, useExecute } from './use-execute';

/** A new domain over `text`, the usual start (an email, a slug, a currency code); the base type is changed in its editor. */
function newDomain(schemaId: string, name: string): DomainType {
  return {
    id: newId('dom'), schemaId, name, baseType: { kind: 'base', name: 'text', modifiers: [], arrayDims: 0 },
    notNull: false, default: null, checks: [], comment: '',
  };
}

/** The diagram's domain types: create, rename, edit (base type, NOT NULL, default, checks) and delete; every edit is undoable. */
export function DomainsPanel() {
  const domains = useDesigner((s) => s.document.domains);
  const schemaId = useDesigner((s) => s.document.schemas[0]!.id);
  const { run, error } = useExecute();
  return (
    <Section title="Domains">
      {domains.map((d) => <DomainEditor key={d.id} domain={d} run={run} />)}
      <AddTextField label="New domain name" placeholder="+ domain name" onAdd={(name) => run({ kind: 'addDomain', domain: newDomain(schemaId, name) })} />
      <ErrorLine error={error} />
    </Section>
  );
}
