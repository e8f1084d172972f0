import type { DdlError } from './errors';
import { createDomainOperations, createEnumOperations } from './diff-create';
import { matchBy, matchById, sameData } from './match';
import type { Operation } from './operations';
import type { SchemaModel } from './schema-model';

/** Schemas, extensions, enums and domains: what tables are built from. */
export function diffNamespaces(before: SchemaModel, after: SchemaModel, ops: Operation[]): void {
  const schemas = matchById(before.schemas, after.schemas);
  for (const schema of schemas.added) {
    // `public` exists in every database; a diagram that gains it (after losing it) needs nothing.
    if (schema.name !== 'public') ops.push({ kind: 'create_schema', schema });
    if (schema.comment) ops.push({ kind: 'set_comment', target: { on: 'schema', name: schema.name }, comment: schema.comment });
  }
  for (const schema of schemas.removed) if (schema.name !== 'public') ops.push({ kind: 'drop_schema', schema });
  for (const [was, now] of schemas.kept) {
    if (was.name !== now.name) ops.push({ kind: 'rename_schema', from: was.name, to: now.name });
    if (was.comment !== now.comment) ops.push({ kind: 'set_comment', target: { on: 'schema', name: now.name }, comment: now.comment || null });
  }

  const extensions = matchBy(before.extensions, after.extensions, (e) => e.name);
  for (const extension of extensions.added) ops.push({ kind: 'create_extension', extension });
  for (const extension of extensions.removed) ops.push({ kind: 'drop_extension', extension });
}

export function diffTypes(before: SchemaModel, after: SchemaModel, ops: Operation[], errors: DdlError[], keepRemovedEnumValues = false): void {
  const enums = matchById(before.enums, after.enums);
  for (const e of enums.added) ops.push(...createEnumOperations(e));
  for (const e of enums.removed) ops.push({ kind: 'drop_enum', enum: e });
  for (const [was, now] of enums.kept) {
    const object = `${now.ref.schema}.${now.ref.name}`;
    if (was.ref.schema !== now.ref.schema) errors.push({ kind: 'unsupported_change', object, message: 'moving an enum to another schema is not supported yet' });
    if (was.ref.name !== now.ref.name) ops.push({ kind: 'rename_type', type: was.ref, to: now.ref.name, what: 'enum' });
    const values = matchById(was.values, now.values);
    for (const value of values.removed) {
      if (keepRemovedEnumValues) {
        ops.push({ kind: 'keep_enum_value', enum: now.ref, value: value.name });
        continue;
      }
      errors.push({ kind: 'unsupported_change', object, message: `PostgreSQL cannot remove the enum value '${value.name}'; recreate the type instead` });
    }
    for (const [v0, v1] of values.kept) {
      if (v0.name !== v1.name) ops.push({ kind: 'rename_enum_value', enum: now.ref, from: v0.name, to: v1.name });
    }
    // New values go before the next value that already existed, else at the end.
    now.values.forEach((value, i) => {
      if (!values.added.includes(value)) return;
      const next = now.values.slice(i + 1).find((v) => !values.added.includes(v));
      ops.push({ kind: 'add_enum_value', enum: now.ref, value: value.name, before: next?.name ?? null });
    });
    if (was.comment !== now.comment) ops.push({ kind: 'set_comment', target: { on: 'type', ref: now.ref }, comment: now.comment || null });
  }

  const domains = matchById(before.domains, after.domains);
  for (const d of domains.added) ops.push(...createDomainOperations(d));
  for (const d of domains.removed) ops.push({ kind: 'drop_domain', domain: d });
  for (const [was, now] of domains.kept) {
    const object = `${now.ref.schema}.${now.ref.name}`;
    if (was.ref.name !== now.ref.name) ops.push({ kind: 'rename_type', type: was.ref, to: now.ref.name, what: 'domain' });
    const shape = (d: typeof was) => [d.ref.schema, d.baseTypeKey, d.notNull, d.default, d.checks.map((c) => [c.id, c.expression])];
    if (!sameData(shape(was), shape(now))) {
      errors.push({ kind: 'unsupported_change', object, message: 'changing a domain\'s schema, base type, default, NOT NULL or checks is not supported yet' });
    }
    if (was.comment !== now.comment) ops.push({ kind: 'set_comment', target: { on: 'domain', ref: now.ref }, comment: now.comment || null });
  }
}
