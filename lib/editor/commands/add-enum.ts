import type { DiagramDocument } from '../../model/document';
import { ok } from '../../result';
import type { CommandOf, StepResult } from '../command';
import { invalid } from '../doc';

export function addEnum(doc: DiagramDocument, cmd: CommandOf<'addEnum'>): StepResult {
  if (doc.enums.some((e) => e.id === cmd.enumType.id)) return invalid(`an enum with id "${cmd.enumType.id}" already exists`);
  return ok({ ...doc, enums: [...doc.enums, cmd.enumType] });
}
