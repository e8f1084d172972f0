import type { DiagramDocument } from '../../model/document';
import { getDiagram } from '../diagrams';
import { diagramErrorResponse } from '../http/diagram-errors';
import { diagramIdParam } from '../http/params';
import { errorResponse } from '../http/responses';
import { targetParam } from './http';

export interface DiagramTarget {
  readonly diagramId: string;
  readonly document: DiagramDocument;
  readonly target: string;
}

/** The `/api/diagrams/:id/live/:target/…` parameters, checked, with the diagram's current document. */
export async function diagramAndTarget(params: Promise<{ id: string; target: string }>): Promise<{ ok: true; value: DiagramTarget } | { ok: false; response: Response }> {
  const raw = await params;
  const id = diagramIdParam(raw.id);
  if (!id.ok) return { ok: false, response: errorResponse(id.error) };
  const target = targetParam(raw.target);
  if (!target.ok) return target;
  const diagram = await getDiagram(id.value);
  if (!diagram.ok) return { ok: false, response: diagramErrorResponse(diagram.error) };
  return { ok: true, value: { diagramId: id.value, document: diagram.value.document, target: target.value } };
}
