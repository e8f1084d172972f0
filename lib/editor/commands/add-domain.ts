import type { DiagramDocument } from '../../model/document';
import { ok } from '../../result';
import type { CommandOf, StepResult } from '../command';
import { invalid } from '../doc';

/** Adds a domain type (a base type with NOT NULL, a default and checks) that columns can use as their type. */
export function addDomain(doc: DiagramDocument, cmd: CommandOf<'addDomain'>): StepResult {
  if (doc.domains.some((d) => d.id === cmd.domain.id)) return invalid(`a domain with id "${cmd.domain.id}" already exists`);
  return ok({ ...doc, domains: [...doc.domains, cmd.domain] });
}
