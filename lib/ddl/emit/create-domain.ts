import { ident } from '../../sql/quote';
import type { OperationOf } from '../operations';
import { statement } from '../statement';
import { refLabel, refSql } from './fragments';

export function emitCreateDomain(op: OperationOf<'create_domain'>) {
  const { domain } = op;
  const parts = [`CREATE DOMAIN ${refSql(domain.ref)} AS ${domain.baseType}`];
  if (domain.default !== null) parts.push(`DEFAULT ${domain.default}`);
  if (domain.notNull) parts.push('NOT NULL');
  for (const check of domain.checks) parts.push(`CONSTRAINT ${ident(check.name)} CHECK (${check.expression})`);
  return statement(parts.join(' '), `Creates the domain ${refLabel(domain.ref)} over ${domain.baseType}.`);
}
