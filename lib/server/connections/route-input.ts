import type { DiagramDocument } from '../../model/document';
import { getDiagram } from '../diagrams';
import { diagramErrorResponse } from '../http/diagram-errors';
import { liveErrorResponse, targetParam } from './http';
import { connectionService } from './index';
import { SANDBOX } from './targets';

export interface DiagramTarget {
  readonly diagramId: string;
  readonly document: DiagramDocument;
  readonly target: string;
}

type Checked<T> = { ok: true; value: T } | { ok: false; response: Response };

/**
 * A live target a diagram of `workspaceId` may use: the sandbox, or a saved
 * connection of the same workspace (one of another workspace is not found).
 */
export async function targetInWorkspace(raw: string, workspaceId: string): Promise<Checked<string>> {
  const target = targetParam(raw);
  if (!target.ok || target.value === SANDBOX) return target;
  const found = await (await connectionService()).get(target.value, workspaceId);
  return found.ok ? target : { ok: false, response: liveErrorResponse(found.error) };
}

/**
 * The `/api/diagrams/:id/live/:target/…` target, checked against the diagram's
 * workspace (the route has authorized the diagram), with the diagram's current document.
 */
export async function diagramAndTarget(diagramId: string, workspaceId: string, params: Promise<{ target: string }>): Promise<Checked<DiagramTarget>> {
  const target = await targetInWorkspace((await params).target, workspaceId);
  if (!target.ok) return target;
  const diagram = await getDiagram(diagramId);
  if (!diagram.ok) return { ok: false, response: diagramErrorResponse(diagram.error) };
  return { ok: true, value: { diagramId, document: diagram.value.document, target: target.value } };
}
