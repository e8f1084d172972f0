import { pick, tableKey, typeBaseName, typeLabel, typeModifiers, type TypeRef } from '../ast';
import { defineRule } from '../rule';
import { columnLabel, commandsOnExistingTable } from './helpers';

type Verdict = 'safe' | 'rewrite' | 'unknown';

/**
 * Whether PostgreSQL can change the type by a catalog update alone (binary
 * coercible, no narrower limit to check). The safe cases are the common ones:
 * varchar(n) → varchar(m ≥ n), varchar → text, text → varchar, numeric(p,s) →
 * numeric(q ≥ p, s) or unconstrained numeric, varbit(n) → varbit(m ≥ n).
 */
export function typeChangeVerdict(from: TypeRef | undefined, to: TypeRef | undefined, hasUsing: boolean): Verdict {
  if (hasUsing) return 'rewrite';
  const toBase = typeBaseName(to);
  const toMods = typeModifiers(to);
  if (!from) return toBase === 'text' || toBase === 'varchar' || (toBase === 'numeric' && toMods.length === 0) ? 'unknown' : 'rewrite';
  const fromBase = typeBaseName(from);
  const fromMods = typeModifiers(from);
  if (Boolean(from.arrayBounds?.length) !== Boolean(to?.arrayBounds?.length)) return 'rewrite';
  if (fromBase === toBase && fromMods.join(',') === toMods.join(',')) return 'safe';
  if ((fromBase === 'varchar' || fromBase === 'text') && toBase === 'text') return 'safe';
  if ((fromBase === 'varchar' || fromBase === 'varbit') && fromBase === toBase) {
    return toMods.length === 0 || (fromMods.length > 0 && toMods[0]! >= fromMods[0]!) ? 'safe' : 'rewrite';
  }
  if (fromBase === 'text' && toBase === 'varchar' && toMods.length === 0) return 'safe';
  if (fromBase === 'numeric' && toBase === 'numeric') {
    if (toMods.length === 0) return 'safe';
    const [p = 0, s = 0] = fromMods;
    const [q = 0, t = 0] = toMods;
    return fromMods.length > 0 && q >= p && t === s ? 'safe' : 'rewrite';
  }
  return 'rewrite';
}

export const rewritingTypeChange = defineRule({
  id: 'TC008',
  slug: 'rewriting-type-change',
  severity: 'error',
  title: 'Changing a column type in a way that rewrites the table',
  rationale:
    'ALTER COLUMN … TYPE takes an ACCESS EXCLUSIVE lock and, unless the old and new types are binary compatible, rewrites the table and ' +
    'rebuilds its indexes: reads and writes stop for the duration. Safe exceptions are recognised: varchar(n) → varchar(m ≥ n), ' +
    'varchar → text, numeric(p,s) → numeric(q ≥ p,s). When the linter cannot see the old type (pass the current schema as a baseline) ' +
    'and the new type could be such a widening, the finding is a warning instead of an error. A USING clause always rewrites.',
  instead:
    'Expand and contract: add a new column of the new type, write to both (trigger or application), backfill in batches, switch reads, ' +
    'then drop the old column in a later release.',
  examples: {
    bad: 'ALTER TABLE orders ALTER COLUMN id TYPE bigint;',
    good: 'CREATE TABLE notes (body varchar(100));\nALTER TABLE notes ALTER COLUMN body TYPE text;',
  },
  check(context) {
    const found = commandsOnExistingTable(context, 'AT_AlterColumnType');
    if (!found) return [];
    return found.commands.flatMap((command) => {
      const column = pick(command.def, 'ColumnDef');
      const before = context.state.columnType(tableKey(found.table), command.name ?? '');
      const verdict = typeChangeVerdict(before, column?.typeName, column?.raw_default !== undefined);
      if (verdict === 'safe') return [];
      const label = columnLabel(found.table, command.name);
      const to = typeLabel(column?.typeName);
      const message = verdict === 'unknown'
        ? `Changing ${label} to ${to} rewrites the table under an ACCESS EXCLUSIVE lock unless it is currently varchar or text (its current type is not known to the linter).`
        : `Changing ${label}${before ? ` from ${typeLabel(before)}` : ''} to ${to} rewrites the table and its indexes under an ACCESS EXCLUSIVE lock.`;
      return [{
        message,
        objects: [label],
        at: column?.location,
        severity: verdict === 'unknown' ? 'warning' as const : undefined,
        fix: { description: 'Expand and contract: new column, dual writes, batched backfill, switch reads, drop the old column later.' },
      }];
    });
  },
});
