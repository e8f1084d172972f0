import type { DiagramDocument } from '../../model/document';
import { err, ok } from '../../result';
import type { CommandOf, StepResult } from '../command';
import { notFound } from '../doc';

/** Deletes an enum no column uses; a used one is refused with the columns that use it. */
export function deleteEnum(doc: DiagramDocument, cmd: CommandOf<'deleteEnum'>): StepResult {
  const current = doc.enums.find((e) => e.id === cmd.enumId);
  if (!current) return notFound(`there is no enum with id "${cmd.enumId}" in this diagram`);
  const users = doc.tables.flatMap((t) => t.columns.filter((c) => c.type.kind === 'enum' && c.type.enumId === cmd.enumId).map((c) => `${t.name}.${c.name}`));
  const domainUsers = doc.domains.filter((d) => d.baseType.kind === 'enum' && d.baseType.enumId === cmd.enumId).map((d) => `domain ${d.name}`);
  const all = [...users, ...domainUsers];
  if (all.length > 0) return err({ kind: 'in_use', message: `enum "${current.name}" is used by ${all.join(', ')}; change their type first` });
  return ok({ ...doc, enums: doc.enums.filter((e) => e.id !== cmd.enumId) });
}
