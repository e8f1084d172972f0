import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';
import { nonDefaultOptions, sequenceOptionClauses } from './sequence-options';

/** A new sequence is a new object: no lock on anything that exists. OWNED BY comes later, once the column exists. */
export function emitCreateSequence(op: OperationOf<'create_sequence'>) {
  const { sequence } = op;
  const clauses = sequenceOptionClauses(nonDefaultOptions(sequence));
  const sql = [`CREATE SEQUENCE ${refSql(sequence.ref)}`, ...clauses].join(' ');
  return statement(sql, `Creates the ${sequence.dataType} sequence ${refLabel(sequence.ref)}, which column defaults draw numbers from.`);
}
