'use client';

import { newId } from '@/lib/model/ids';
import type { DomainType } from '@/lib/model/types';
import { AddTextField, CheckField, SmallButton, TextField } from './fields';
import { TypePicker } from './TypePicker';
import type { useExecute } from './use-execute';

/** One domain: name, base type from the catalog (with modifiers), NOT NULL, default and CHECK expressions on VALUE. */
export function DomainEditor({ domain, run }: { domain: DomainType; run: ReturnType<typeof useExecute>['run'] }) {
  const update = (changes: Partial<Omit<DomainType, 'id'>>) => run({ kind: 'updateDomain', domainId: domain.id, changes });
  const of = `domain ${domain.name}`;
  return (
    <div role="group" aria-label={`Domain ${domain.name}`} className="space-y-1 rounded-md border border-zinc-100 p-2 dark:border-zinc-800">
      <div className="flex gap-1">
        <TextField label={`Name of ${of}`} value={domain.name} onCommit={(name) => name && update({ name })} />
        <SmallButton label={`Delete ${of}`} onClick={() => run({ kind: 'deleteDomain', domainId: domain.id })}>✕</SmallButton>
      </div>
      <TypePicker columnName={domain.name} subject={of} withDomains={false} type={domain.baseType} onChange={(baseType) => update({ baseType })} />
      <CheckField label={`NOT NULL ${of}`} visibleLabel="NOT NULL" checked={domain.notNull} onChange={(notNull) => update({ notNull })} />
      <TextField label={`Default of ${of}`} value={domain.default} placeholder="default expression" onCommit={(v) => update({ default: v })} />
      {domain.checks.map((check, i) => (
        <div key={check.id} className="flex gap-1">
          <TextField label={`Check ${i + 1} of ${of}`} value={check.expression}
            onCommit={(expression) => update({ checks: expression === null
              ? domain.checks.filter((c) => c.id !== check.id)
              : domain.checks.map((c) => (c.id === check.id ? { ...c, expression } : c)) })} />
          <SmallButton label={`Remove check ${i + 1} of ${of}`} onClick={() => update({ checks: domain.checks.filter((c) => c.id !== check.id) })}>✕</SmallButton>
        </div>
      ))}
      <AddTextField label={`Add check to ${of}`} placeholder="+ CHECK (VALUE …)"
        onAdd={(expression) => update({ checks: [...domain.checks, { id: newId('chk'), name: null, expression: stripCheck(expression) }] })} />
    </div>
  );
}

/** Accepts `CHECK (VALUE ~ '…')` as typed from SQL and keeps the expression. */
function stripCheck(text: string): string {
  const match = /^check\s*\((.*)\)$/is.exec(text.trim());
  return match ? match[1]!.trim() : text;
}
