import type { DiagramDocument } from '../../model/document';
import { ok } from '../../result';
import type { CommandOf, StepResult } from '../command';
import { notFound, patchObject } from '../doc';

/** Renames a domain or changes its base type, NOT NULL, default, checks or comment; columns keep pointing at it by id. */
export function updateDomain(doc: DiagramDocument, cmd: CommandOf<'updateDomain'>): StepResult {
  const current = doc.domains.find((d) => d.id === cmd.domainId);
  if (!current) return notFound(`there is no domain with id "${cmd.domainId}" in this diagram`);
  const next = patchObject(current, cmd.changes);
  return ok(next === current ? doc : { ...doc, domains: doc.domains.map((d) => (d.id === current.id ? next : d)) });
}
