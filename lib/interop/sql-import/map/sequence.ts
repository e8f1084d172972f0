import type { AlterSeqStmt, CreateSeqStmt, DefElem, Node } from 'libpg-query';
import { keyOf, labelOf, pick, qualifiedName, relationName, strings } from '../ast';
import { skipped, type MapInput, type Outcome } from '../context';

/**
 * Sequences are not part of the diagram. They are listed in the report with
 * the column that owns them (`ALTER SEQUENCE … OWNED BY`), so a serial-style
 * column (`DEFAULT nextval('…'::regclass)`) can be traced; no identity is invented.
 */
export function mapCreateSequence({ ctx, line }: MapInput, stmt: CreateSeqStmt): Outcome {
  const name = relationName(stmt.sequence);
  ctx.skippedRelations.set(keyOf(name), 'sequence');
  ctx.report.sequences.set(keyOf(name), { name: labelOf(name), line, ownedBy: ownedBy(stmt.options), usedBy: [] });
  return skipped('sequence', name, 'sequences are not modeled; columns keep their nextval(…) default as written');
}

export function mapAlterSequence({ ctx, line }: MapInput, stmt: AlterSeqStmt): Outcome {
  const name = relationName(stmt.sequence);
  const owner = ownedBy(stmt.options);
  const known = ctx.report.sequences.get(keyOf(name));
  if (owner !== null) {
    if (known) known.ownedBy = owner;
    else ctx.report.sequences.set(keyOf(name), { name: labelOf(name), line, ownedBy: owner, usedBy: [] });
    return skipped('sequence ownership', name, `sequence owned by ${owner}; recorded in the report's sequence list`);
  }
  return skipped('alter sequence', name, 'sequence settings are not modeled');
}

function ownedBy(options: Node[] | undefined): string | null {
  const option: DefElem | undefined = (options ?? []).map((n) => pick(n, 'DefElem')).find((d) => d?.defname === 'owned_by');
  if (!option) return null;
  const parts = strings(pick(option.arg, 'List')?.items);
  if (parts.length < 2) return null; // OWNED BY NONE
  const table = qualifiedName(parts.slice(0, -1));
  return `${labelOf(table)}.${parts.at(-1)}`;
}
