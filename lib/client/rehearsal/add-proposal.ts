import type { AdvisorFix } from '../../advisor/findings';
import { applyAdvisorFix } from '../../advisor/fix';
import { err, ok, type Result } from '../../result';
import { getDiagram, updateDiagram } from '../api';

export type AddProposalOutcome =
  /** `afterConflict`: someone saved in between; the index went into their newer version. */
  | { kind: 'added'; revision: number; afterConflict: boolean }
  | { kind: 'already_there' };

/**
 * Adds a rehearsal's index proposal to the stored diagram: the advisor fix on
 * the latest document, saved with `baseRevision`. When someone saved in
 * between (409), it reads the diagram again and retries once on that; a
 * second conflict is reported, never overwritten.
 */
export async function addProposalToDiagram(diagramId: string, fix: AdvisorFix): Promise<Result<AddProposalOutcome, string>> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const current = await getDiagram(diagramId);
    if (!current.ok) return err(`Could not read the diagram: ${current.error.error.message}`);
    if (fix.kind === 'add_index') {
      const table = current.value.document.tables.find((t) => t.id === fix.tableId);
      if (table?.indexes.some((i) => i.name === fix.index.name)) return ok({ kind: 'already_there' });
    }
    const next = applyAdvisorFix(current.value.document, fix);
    if (!next.ok) return err(next.error.message);
    const saved = await updateDiagram(diagramId, { baseRevision: current.value.revision, document: next.value });
    if (saved.ok) return ok({ kind: 'added', revision: saved.value.revision, afterConflict: attempt > 0 });
    if (saved.error.error.code !== 'stale_revision') return err(`Could not save the diagram: ${saved.error.error.message}`);
  }
  return err('The diagram keeps changing while the index is added (someone else is editing it). Reload the designer and add the index there.');
}
