import type { Node } from 'libpg-query';
import { kindOf, pick } from '../ast';
import { failed, type MapInput, type Outcome } from '../context';
import { mapAlterTable } from './alter-table';
import { mapComment } from './comment';
import { mapCreateIndex } from './create-index';
import { mapCreateTable } from './create-table';
import { mapAlterSequence, mapCreateSequence } from './sequence';
import { mapSkipped } from './skipped';
import { mapCreateDomain, mapCreateEnum, mapCreateExtension, mapCreateSchema } from './types-and-schemas';

/** Sends one parsed statement to the mapper for its kind; anything unmodeled goes to `mapSkipped`. */
export function mapStatement(input: MapInput, node: Node | undefined): Outcome {
  try {
    const create = pick(node, 'CreateStmt');
    if (create) return mapCreateTable(input, create);
    const alter = pick(node, 'AlterTableStmt');
    if (alter) return mapAlterTable(input, alter);
    const index = pick(node, 'IndexStmt');
    if (index) return mapCreateIndex(input, index);
    const comment = pick(node, 'CommentStmt');
    if (comment) return mapComment(input, comment);
    const schema = pick(node, 'CreateSchemaStmt');
    if (schema) return mapCreateSchema(input, schema);
    const extension = pick(node, 'CreateExtensionStmt');
    if (extension) return mapCreateExtension(input, extension);
    const enumType = pick(node, 'CreateEnumStmt');
    if (enumType) return mapCreateEnum(input, enumType);
    const domain = pick(node, 'CreateDomainStmt');
    if (domain) return mapCreateDomain(input, domain);
    const sequence = pick(node, 'CreateSeqStmt');
    if (sequence) return mapCreateSequence(input, sequence);
    const alterSequence = pick(node, 'AlterSeqStmt');
    if (alterSequence) return mapAlterSequence(input, alterSequence);
    return mapSkipped(input, node);
  } catch (error) {
    // A statement the mappers did not foresee must not lose the rest of the file.
    return failed(kindOf(node), null, `could not be mapped: ${(error as Error).message}`);
  }
}
