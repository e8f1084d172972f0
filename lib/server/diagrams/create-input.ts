import type { CreateDiagramRequest } from '../../api/requests';
import { emptyDocument } from '../../model/empty';
import { err, ok, type Result } from '../../result';
import { findTemplate, TEMPLATES } from '../../templates';
import type { DiagramError } from './errors';

export const UNTITLED = 'Untitled diagram';

/**
 * The raw document a create request asks for: a template's, the one sent, or an
 * empty one; `name` overrides the document's own. Still unvalidated here: the
 * service checks it before storing. (`duplicateOf` is handled by the service.)
 */
export function documentToCreate(request: Omit<CreateDiagramRequest, 'duplicateOf'>): Result<unknown, DiagramError> {
  const { name, templateId, document } = request;
  if (templateId !== undefined) {
    const template = findTemplate(templateId);
    if (!template) {
      return err({
        kind: 'unknown_template',
        templateId,
        message: `there is no template "${templateId}"; choose one of ${TEMPLATES.map((t) => `"${t.id}"`).join(', ')}`,
      });
    }
    const built = template.build();
    return ok(name === undefined ? built : { ...built, name });
  }
  if (document !== undefined) return ok(name === undefined ? document : { ...document, name });
  return ok(emptyDocument(name ?? UNTITLED));
}
