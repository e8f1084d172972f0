import { execFileSync } from 'node:child_process';
import type { DiagramDetail, PlanDto, PoolingDto, VersionDetail } from '../../../lib/api/dto';
import * as collection from '../../../app/api/diagrams/route';
import * as item from '../../../app/api/diagrams/[id]/route';
import * as versions from '../../../app/api/diagrams/[id]/versions/route';
import * as planRoute from '../../../app/api/diagrams/[id]/plan/route';
import * as bundleRoute from '../../../app/api/diagrams/[id]/bundle/route';
import * as poolingRoute from '../../../app/api/diagrams/[id]/pooling/route';
import * as lintRoute from '../../../app/api/lint/route';
import { call, request } from '../../api/support/api';

export const routes = { collection, item, versions, planRoute, bundleRoute, poolingRoute, lintRoute };

export async function createDiagram(body: unknown): Promise<DiagramDetail> {
  const answer = await call<{ diagram: DiagramDetail }>(collection.POST, request('POST', '/api/diagrams', { body }));
  if (answer.status !== 201) throw new Error(`create failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.diagram;
}

export async function saveDocument(diagram: DiagramDetail, document: unknown): Promise<DiagramDetail> {
  const answer = await call<{ diagram: DiagramDetail }>(item.PUT, request('PUT', `/api/diagrams/${diagram.id}`, { body: { baseRevision: diagram.revision, document } }), { id: diagram.id });
  if (answer.status !== 200) throw new Error(`save failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.diagram;
}

export async function saveVersion(id: string, label?: string): Promise<VersionDetail> {
  const answer = await call<{ version: VersionDetail }>(versions.POST, request('POST', `/api/diagrams/${id}/versions`, { body: { label } }), { id });
  if (answer.status !== 201) throw new Error(`version failed: ${answer.status}`);
  return answer.body.version;
}

export const getPlan = (id: string, query = '') =>
  call<{ plan: PlanDto }>(planRoute.GET, request('GET', `/api/diagrams/${id}/plan${query}`), { id });

export const postPooling = (id: string, body: unknown) =>
  call<{ pooling: PoolingDto }>(poolingRoute.POST, request('POST', `/api/diagrams/${id}/pooling`, { body }), { id });

export const postLint = (body: unknown) => call<{ report: unknown }>(lintRoute.POST, request('POST', '/api/lint', { body }));

/** GET …/bundle as raw bytes (the answer is a zip, not JSON). */
export async function getBundle(id: string, query = ''): Promise<Response> {
  return bundleRoute.GET(request('GET', `/api/diagrams/${id}/bundle${query}`), { params: Promise.resolve({ id }) });
}

/** Every entry of a zip, read by Python's zipfile (which checks each CRC), as path → bytes. */
export function unzipEntries(zipPath: string): Map<string, Buffer> {
  const script = [
    'import base64, json, sys, zipfile',
    'z = zipfile.ZipFile(sys.argv[1])',
    'assert z.testzip() is None',
    'print(json.dumps({i.filename: base64.b64encode(z.read(i)).decode() for i in z.infolist()}))',
  ].join('\n');
  const out = JSON.parse(execFileSync('python3', ['-c', script, zipPath], { encoding: 'utf8' })) as Record<string, string>;
  return new Map(Object.entries(out).map(([path, data]) => [path, Buffer.from(data, 'base64')]));
}
