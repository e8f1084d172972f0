import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../templates';
import { DIAGRAM_JSON_SCHEMA_ID, diagramJsonSchema, diagramJsonSchemaText } from './json-schema';

const committedPath = new URL('../../docs/diagram.schema.json', import.meta.url);

describe('docs/diagram.schema.json', () => {
  it('is up to date with the zod model', () => {
    const committed = readFileSync(committedPath, 'utf8');
    // toBe would print a 40 kB diff; the message says what to do instead.
    const upToDate = committed === diagramJsonSchemaText();
    expect(upToDate, 'docs/diagram.schema.json is stale: run `npx tsx scripts/write-json-schema.ts` and commit the result').toBe(true);
  });

  it('carries its identity and describes the document in its input form', () => {
    const schema = diagramJsonSchema();
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: DIAGRAM_JSON_SCHEMA_ID,
      title: 'Tablecraft diagram document',
      type: 'object',
      additionalProperties: false,
    });
    // Input form: only fields without a default are required.
    expect(schema.required).toEqual(['format', 'formatVersion', 'name', 'schemas']);
  });
});

/**
 * There is no JSON Schema validator among the dependencies, and the project does
 * not add one for a test. This checks a value against the keywords zod emits; the
 * first test makes sure the schema uses no keyword beyond those, so a new kind of
 * constraint cannot be silently skipped.
 */
type Schema = { [keyword: string]: unknown };
const UNDERSTOOD = new Set([
  '$schema', '$id', '$ref', '$defs', 'title', 'description', 'default', 'type', 'const', 'enum', 'anyOf', 'oneOf',
  'properties', 'required', 'additionalProperties', 'propertyNames', 'items', 'prefixItems', 'minItems', 'maxItems',
  'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum',
]);

function keywordsOf(schema: Schema, found = new Set<string>()): Set<string> {
  for (const [keyword, value] of Object.entries(schema)) {
    found.add(keyword);
    if (keyword === 'properties' || keyword === '$defs') for (const sub of Object.values(value as Record<string, Schema>)) keywordsOf(sub, found);
    else if (keyword === 'anyOf' || keyword === 'oneOf' || keyword === 'prefixItems') for (const sub of value as Schema[]) keywordsOf(sub, found);
    else if ((keyword === 'items' || keyword === 'additionalProperties' || keyword === 'propertyNames') && typeof value === 'object') keywordsOf(value as Schema, found);
  }
  return found;
}

function conforms(root: Schema, value: unknown, schema: Schema = root, path = '', errors: string[] = []): string[] {
  const fail = (why: string) => errors.push(`${path || '(document)'}: ${why}`);
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/$defs/', '');
    return conforms(root, value, (root.$defs as Record<string, Schema>)[name]!, path, errors);
  }
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (alternatives) {
    const matching = alternatives.filter((alt) => conforms(root, value, alt, path).length === 0).length;
    if (schema.anyOf ? matching === 0 : matching !== 1) fail(`matches ${matching} of the alternatives`);
  }
  if ('const' in schema && value !== schema.const) fail(`must be ${JSON.stringify(schema.const)}`);
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) fail('is not one of the allowed values');
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const hasType = (type: string) => (type === 'integer' ? Number.isInteger(value)
    : type === 'array' ? Array.isArray(value) : type === 'object' ? isObject : type === 'null' ? value === null : typeof value === type);
  const types = schema.type === undefined ? [] : ([] as string[]).concat(schema.type as string | string[]);
  if (types.length > 0 && !types.some(hasType)) {
    fail(`must be of type ${types.join(' or ')}`);
    return errors;
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) fail('is too short');
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) fail('is too long');
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) fail(`does not match ${schema.pattern}`);
    if (schema.format === 'date-time' && Number.isNaN(Date.parse(value))) fail('is not a date-time');
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail('is below the minimum');
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail('is above the maximum');
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) fail('is not above the exclusive minimum');
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail('has too few items');
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) fail('has too many items');
    const prefix = (schema.prefixItems ?? []) as Schema[];
    value.forEach((item, i) => {
      const itemSchema = prefix[i] ?? (schema.items as Schema | undefined);
      if (itemSchema) conforms(root, item, itemSchema, `${path}[${i}]`, errors);
    });
  }
  if (isObject) {
    const record = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in record)) fail(`lacks required property "${key}"`);
    for (const [key, item] of Object.entries(record)) {
      const at = path ? `${path}.${key}` : key;
      if (schema.propertyNames) conforms(root, key, schema.propertyNames as Schema, `${at} (key)`, errors);
      if (properties[key]) conforms(root, item, properties[key], at, errors);
      else if (schema.additionalProperties === false) fail(`has unknown property "${key}"`);
      else if (typeof schema.additionalProperties === 'object') conforms(root, item, schema.additionalProperties as Schema, at, errors);
    }
  }
  return errors;
}

describe('the JSON Schema agrees with parseDocument', () => {
  const schema = diagramJsonSchema();

  it('uses only keywords this structural check understands', () => {
    expect([...keywordsOf(schema)].filter((k) => !UNDERSTOOD.has(k))).toEqual([]);
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('accepts the %s template', (_id, template) => {
    expect(conforms(schema, JSON.parse(JSON.stringify(template.build())))).toEqual([]);
  });

  it('accepts a minimal document that leaves every defaulted field out', () => {
    const minimal = { format: 'tablecraft.diagram', formatVersion: 1, name: 'x', schemas: [{ id: 'sch_public', name: 'public' }] };
    expect(conforms(schema, minimal)).toEqual([]);
  });

  it.each([
    ['an unknown field', { colour: 'red' }, '(document): has unknown property "colour"'],
    ['a missing name', { name: undefined }, '(document): lacks required property "name"'],
    ['an unsupported PostgreSQL version', { target: { postgresVersion: 12 } }, 'target.postgresVersion: is not one of the allowed values'],
    ['a bad column type kind', { tables: [{ id: 't', schemaId: 's', name: 't', columns: [{ id: 'c', name: 'c', type: { kind: 'integer' } }] }] }, 'tables[0].columns[0].type: matches 0 of the alternatives'],
  ])('rejects %s, as parseDocument does', (_label, change, expected) => {
    const doc = { format: 'tablecraft.diagram', formatVersion: 1, name: 'x', schemas: [{ id: 's', name: 'public' }], ...change };
    expect(conforms(schema, JSON.parse(JSON.stringify(doc)))).toContain(expected);
  });
});
