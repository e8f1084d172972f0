import type { DiagramDocument } from '../../model/document';
import { err, ok } from '../../result';
import type { CommandOf, StepResult } from '../command';
import { notFound } from '../doc';

/** Deletes a domain no column uses; a used one is refused with the columns that use it (as PostgreSQL's DROP DOMAIN would). */
export function deleteDomain(doc: DiagramDocument, cmd: CommandOf<'deleteDomain'>): StepResult {
  const current = doc.domains.find((d) => d.id === cmd.domainId);
  if (!current) return notFound(`there is no domain with id "${cmd.domainId}" in this diagram`);
  const users = doc.tables.flatMap((t) => t.columns
    .filter((c) => c.type.kind === 'domain' && c.type.domainId === cmd.domainId)
    .map((c) => `${t.name}.${c.name}`));
  if (users.length > 0) return err({ kind: 'in_use', message: `domain "${current.name}" is used by ${users.join(', ')}; change their type first` });
  return ok({ ...doc, domains: doc.domains.filter((d) => d.id !== cmd.domainId) });
}
