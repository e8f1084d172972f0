import { effectiveSequenceBounds } from '../model/validate-sequence';
import type { DdlError } from './errors';
import { matchById } from './match';
import type { Operation, SequenceOptions } from './operations';
import type { SchemaModel, SequenceDef } from './schema-model';

const OPTION_KEYS = ['dataType', 'start', 'increment', 'minValue', 'maxValue', 'cache', 'cycle'] as const;

/** A new sequence: CREATE SEQUENCE (before the tables whose defaults use it), its owner once the column exists, its comment. */
export function createSequenceOperations(sequence: SequenceDef): Operation[] {
  const ops: Operation[] = [{ kind: 'create_sequence', sequence }];
  if (sequence.owner) ops.push({ kind: 'set_sequence_owner', sequence: sequence.ref, owner: ownerOf(sequence) });
  if (sequence.comment) ops.push({ kind: 'set_comment', target: { on: 'sequence', ref: sequence.ref }, comment: sequence.comment });
  return ops;
}

const ownerOf = (s: SequenceDef) => (s.owner ? { table: s.owner.table, column: s.owner.column } : null);

/**
 * Sequences by id. PostgreSQL drops a sequence together with the column it is
 * OWNED BY, so a kept sequence whose owning column goes away is released
 * (OWNED BY NONE) before the column is dropped, and a removed one whose owner
 * goes too is dropped IF EXISTS.
 */
export function diffSequences(before: SchemaModel, after: SchemaModel, ops: Operation[], errors: DdlError[]): void {
  const remainingColumns = new Set(after.tables.flatMap((t) => t.columns.map((c) => c.id)));
  const ownerGoes = (s: SequenceDef) => s.owner !== null && !remainingColumns.has(s.owner.columnId);
  const sequences = matchById(before.sequences, after.sequences);
  for (const sequence of sequences.added) ops.push(...createSequenceOperations(sequence));
  for (const sequence of sequences.removed) ops.push({ kind: 'drop_sequence', sequence, ownerDropped: ownerGoes(sequence) });
  for (const [was, now] of sequences.kept) {
    if (was.ref.schema !== now.ref.schema) {
      errors.push({ kind: 'unsupported_change', object: `${now.ref.schema}.${now.ref.name}`, message: 'moving a sequence to another schema is not supported yet' });
      continue;
    }
    if (was.ref.name !== now.ref.name) ops.push({ kind: 'rename_sequence', sequence: was.ref, to: now.ref.name });
    const from: SequenceOptions = {};
    const to: SequenceOptions = {};
    for (const key of OPTION_KEYS) {
      if (was[key] === now[key]) continue;
      Object.assign(from, { [key]: was[key] });
      Object.assign(to, { [key]: now[key] });
    }
    // START WITH needs a value: a start reset to the default becomes the default itself.
    if (to.start === null) to.start = Number(effectiveSequenceBounds(now).start);
    if (Object.keys(to).length > 0) ops.push({ kind: 'alter_sequence', sequence: now.ref, from, to });
    if (was.owner?.columnId !== now.owner?.columnId) {
      // Runs first of all (see order.ts), before the rename: the sequence still has its old name.
      if (now.owner === null || ownerGoes(was)) ops.push({ kind: 'set_sequence_owner', sequence: was.ref, owner: null });
      if (now.owner !== null) ops.push({ kind: 'set_sequence_owner', sequence: now.ref, owner: ownerOf(now) });
    }
    if (was.comment !== now.comment) ops.push({ kind: 'set_comment', target: { on: 'sequence', ref: now.ref }, comment: now.comment || null });
  }
}
