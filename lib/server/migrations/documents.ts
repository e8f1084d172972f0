import type { DocumentRef } from '../../api/requests';
import type { DiagramDocument } from '../../model/document';
import { emptyDocument } from '../../model/empty';
import { ok, type Result } from '../../result';
import { getDiagram, getVersion } from '../diagrams';
import type { DiagramError } from '../diagrams/errors';

export interface Endpoints {
  readonly name: string;
  /** null: migrate from an empty database. */
  readonly before: DiagramDocument | null;
  readonly after: DiagramDocument;
}

/**
 * The two documents a plan or bundle is built from. The target PostgreSQL
 * version (`pg`, else the `to` document's) is set on both, so the plan and the
 * schema agree on what syntax they may use.
 */
export async function loadEndpoints(id: string, from: DocumentRef, to: DocumentRef, pg?: number): Promise<Result<Endpoints, DiagramError>> {
  const current = await getDiagram(id);
  if (!current.ok) return current;
  const load = async (ref: DocumentRef): Promise<Result<DiagramDocument | null, DiagramError>> => {
    if (ref === 'empty') return ok(null);
    if (ref === 'current') return ok(current.value.document);
    const version = await getVersion(id, ref);
    return version.ok ? ok(version.value.document) : version;
  };
  const before = await load(from);
  if (!before.ok) return before;
  const after = await load(to);
  if (!after.ok) return after;
  if (after.value === null) throw new Error('loadEndpoints: "to" cannot be empty (PlanQuery refuses it)');
  const version = pg ?? after.value.target.postgresVersion;
  const retarget = (doc: DiagramDocument): DiagramDocument => ({ ...doc, target: { ...doc.target, postgresVersion: version as DiagramDocument['target']['postgresVersion'] } });
  return ok({
    name: current.value.name,
    before: before.value === null ? null : retarget(before.value),
    after: retarget(after.value),
  });
}

/** The document for generating, with an empty database standing in for `null`. */
export function beforeOrEmpty(endpoints: Endpoints): DiagramDocument {
  return endpoints.before ?? { ...emptyDocument(endpoints.after.name), target: { ...endpoints.after.target } };
}
