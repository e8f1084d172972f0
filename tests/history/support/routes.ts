import type { DiagramDetail, VersionDetail, VersionSummary } from '../../../lib/api/dto';
import type { CompareDto, RestoreDto } from '../../../lib/api/history-dto';
import type { DiagramDocument } from '../../../lib/model/document';
import * as collection from '../../../app/api/diagrams/route';
import * as item from '../../../app/api/diagrams/[id]/route';
import * as versions from '../../../app/api/diagrams/[id]/versions/route';
import * as version from '../../../app/api/diagrams/[id]/versions/[version]/route';
import * as restore from '../../../app/api/diagrams/[id]/versions/[version]/restore/route';
import * as compare from '../../../app/api/diagrams/[id]/compare/route';
import { call, request, type Answer } from '../../api/support/api';

/** The history endpoints called the way Next.js calls them, for the tests of tests/history. */
export const routes = { collection, item, versions, version, restore, compare };

export async function createDiagram(body: unknown): Promise<DiagramDetail> {
  const answer = await call<{ diagram: DiagramDetail }>(collection.POST, request('POST', '/api/diagrams', { body }));
  if (answer.status !== 201) throw new Error(`create failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.diagram;
}

export async function getDiagram(id: string): Promise<DiagramDetail> {
  const answer = await call<{ diagram: DiagramDetail }>(item.GET, request('GET', `/api/diagrams/${id}`), { id });
  if (answer.status !== 200) throw new Error(`get failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.diagram;
}

/** PUT the edited document (through the route, so the automatic checkpoint runs as in the app). */
export async function save(diagram: DiagramDetail, change: (doc: DiagramDocument) => void): Promise<DiagramDetail> {
  const document = structuredClone(diagram.document);
  change(document);
  const answer = await call<{ diagram: DiagramDetail }>(item.PUT, request('PUT', `/api/diagrams/${diagram.id}`, { body: { baseRevision: diagram.revision, document } }), { id: diagram.id });
  if (answer.status !== 200) throw new Error(`save failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.diagram;
}

export const postVersion = (id: string, body?: unknown) =>
  call<{ version: VersionDetail }>(versions.POST, request('POST', `/api/diagrams/${id}/versions`, body === undefined ? {} : { body }), { id });

export async function saveVersion(id: string, label?: string): Promise<VersionDetail> {
  const answer = await postVersion(id, { label });
  if (answer.status !== 201) throw new Error(`version failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.version;
}

export const listVersions = (id: string, query = '') =>
  call<{ versions: VersionSummary[] }>(versions.GET, request('GET', `/api/diagrams/${id}/versions${query}`), { id });

export const getVersion = (id: string, number: string | number) =>
  call<{ version: VersionDetail }>(version.GET, request('GET', `/api/diagrams/${id}/versions/${number}`), { id, version: String(number) });

export const postRestore = (id: string, number: string | number): Promise<Answer<RestoreDto>> =>
  call<RestoreDto>(restore.POST, request('POST', `/api/diagrams/${id}/versions/${number}/restore`), { id, version: String(number) });

export const getCompare = (id: string, query: string): Promise<Answer<CompareDto>> =>
  call<CompareDto>(compare.GET, request('GET', `/api/diagrams/${id}/compare${query}`), { id });

/** The review scenario of the history tests: rename `users`, add `orders.phone`, drop `categories` (with the foreign keys to it). */
export function reviewEdits(doc: DiagramDocument): void {
  const table = (name: string) => doc.tables.find((t) => t.name === name)!;
  table('users').name = 'customers';
  table('orders').columns.push({
    id: 'col_orders_phone', name: 'phone', type: { kind: 'base', name: 'text', modifiers: [], arrayDims: 0 },
    nullable: true, default: null, identity: null, generated: null, collation: null, comment: '', snapshotOf: null,
  });
  const categories = table('categories');
  doc.relationships = doc.relationships.filter((r) => r.toTableId !== categories.id && r.fromTableId !== categories.id);
  doc.tables = doc.tables.filter((t) => t.id !== categories.id);
  delete doc.layout.nodes[categories.id];
}
