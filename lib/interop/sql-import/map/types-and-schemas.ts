import type { CreateDomainStmt, CreateEnumStmt, CreateExtensionStmt, CreateSchemaStmt } from 'libpg-query';
import { newId } from '../../../model/ids';
import type { DomainType } from '../../../model/types';
import { keyOf, pick, qualifiedName, strings } from '../ast';
import { failed, imported, type MapInput, type Outcome } from '../context';
import { defaultExpression, parenthesizedAfter } from '../tokens';
import { columnTypeOf } from '../types';

export function mapCreateSchema({ ctx, line }: MapInput, stmt: CreateSchemaStmt): Outcome {
  const name = stmt.schemaname ?? '';
  if (stmt.schemaElts?.length) ctx.report.warn(line, `objects created inside CREATE SCHEMA "${name}" are not imported; write them as separate statements`);
  if (!ctx.schemas.has(name)) ctx.schemas.set(name, { id: newId('sch'), name, comment: '' });
  return imported('schema', name);
}

const EXTENSION_NAME = /^[a-z_][a-z0-9_-]*$/;

export function mapCreateExtension({ ctx, line }: MapInput, stmt: CreateExtensionStmt): Outcome {
  const name = stmt.extname ?? '';
  if (!EXTENSION_NAME.test(name)) return failed('extension', name, `extension name "${name}" is not one the diagram accepts`);
  if (ctx.extensions.some((e) => e.name === name)) return imported('extension', name);
  const schemaOption = (stmt.options ?? []).map((n) => pick(n, 'DefElem')).find((d) => d?.defname === 'schema');
  const schema = pick(schemaOption?.arg, 'String')?.sval;
  ctx.extensions.push({ id: newId('ext'), name, schemaId: schema ? ctx.schemaId(schema, line) : null });
  return imported('extension', name);
}

export function mapCreateEnum({ ctx, line }: MapInput, stmt: CreateEnumStmt): Outcome {
  const name = qualifiedName(strings(stmt.typeName));
  const values = strings(stmt.vals);
  if (values.length === 0) return failed('enum', name, 'an enum with no values cannot be modeled');
  if (ctx.enums.has(keyOf(name)) || ctx.domains.has(keyOf(name))) return failed('enum', name, `type "${keyOf(name)}" is defined twice`);
  ctx.enums.set(keyOf(name), {
    id: newId('enm'), schemaId: ctx.schemaId(name.schema, line), name: name.name, comment: '',
    values: values.map((value) => ({ id: newId('val'), name: value })),
  });
  return imported('enum', name);
}

/** CREATE DOMAIN: base type, NOT NULL, DEFAULT (as written) and CHECK constraints. */
export function mapCreateDomain(input: MapInput, stmt: CreateDomainStmt): Outcome {
  const { ctx, st, line } = input;
  const name = qualifiedName(strings(stmt.domainname));
  if (ctx.enums.has(keyOf(name)) || ctx.domains.has(keyOf(name))) return failed('domain', name, `type "${keyOf(name)}" is defined twice`);
  if (!stmt.typeName) return failed('domain', name, 'the domain has no base type');
  let baseType = columnTypeOf(stmt.typeName, ctx, line);
  if (baseType.kind === 'domain') {
    ctx.report.warn(line, `domain "${name.name}" is based on another domain, which the diagram cannot hold; its base type is kept as written`);
    baseType = { kind: 'custom', sql: strings(stmt.typeName.names).join('.') };
  }
  const domain: DomainType = {
    id: newId('dom'), schemaId: ctx.schemaId(name.schema, line), name: name.name, baseType,
    notNull: false, default: null, checks: [], comment: '',
  };
  if (stmt.collClause) ctx.report.warn(line, `the collation of domain "${name.name}" is not modeled`);
  for (const node of stmt.constraints ?? []) {
    const constraint = pick(node, 'Constraint');
    switch (constraint?.contype) {
      case 'CONSTR_NOTNULL': domain.notNull = true; break;
      case 'CONSTR_NULL': domain.notNull = false; break;
      case 'CONSTR_DEFAULT': domain.default = defaultExpression(st, constraint.location ?? 0); break;
      case 'CONSTR_CHECK': {
        const expression = parenthesizedAfter(st, constraint.location ?? 0, { unwrap: true });
        if (expression) domain.checks.push({ id: newId('chk'), name: constraint.conname ?? null, expression });
        break;
      }
      default:
        ctx.report.warn(line, `a ${constraint?.contype ?? 'unknown'} constraint on domain "${name.name}" is not modeled`);
    }
  }
  ctx.domains.set(keyOf(name), domain);
  return imported('domain', name);
}
