import { describe, expect, it } from 'vitest';
import type { DiagramDocument } from '../model/document';
import { parseDocument } from '../model/parse';
import type { DomainType } from '../model/types';
import { ecommerceTemplate } from '../templates/ecommerce';
import { applyCommand } from './apply';
import type { EditorCommand } from './command';

const shop = ecommerceTemplate();
const users = shop.tables.find((t) => t.name === 'users')!;
const email = users.columns.find((c) => c.name === 'email')!;

const emailDomain: DomainType = {
  id: 'dom_email', schemaId: shop.schemas[0]!.id, name: 'email_address',
  baseType: { kind: 'base', name: 'text', modifiers: [], arrayDims: 0 },
  notNull: false, default: null, checks: [{ id: 'chk_email', name: null, expression: "VALUE ~ '^[^@]+@[^@]+$'" }], comment: '',
};

function apply(doc: DiagramDocument, command: EditorCommand) {
  const result = applyCommand(doc, command);
  if (!result.ok) throw new Error(`refused: ${result.error.message}`);
  const parsed = parseDocument(JSON.parse(JSON.stringify(result.value.doc)));
  expect(parsed.ok ? null : parsed.error).toBeNull();
  const back = applyCommand(result.value.doc, result.value.inverse);
  expect(back.ok && back.value.doc).toEqual(doc);
  return result.value.doc;
}

describe('domain commands', () => {
  const withDomain = apply(shop, { kind: 'addDomain', domain: emailDomain });

  it('adds a domain and undoes it', () => {
    expect(withDomain.domains.map((d) => d.name)).toEqual([...shop.domains.map((d) => d.name), 'email_address']);
  });

  it('refuses a second domain with the same id, and a name taken by another type', () => {
    const again = applyCommand(withDomain, { kind: 'addDomain', domain: emailDomain });
    expect(again.ok).toBe(false);
    const clash = applyCommand(withDomain, { kind: 'addDomain', domain: { ...emailDomain, id: 'dom_other', checks: [] } });
    expect(clash.ok ? null : clash.error.message).toMatch(/email_address/);
  });

  it('renames a domain, changes its checks and NOT NULL, and undoes each', () => {
    const renamed = apply(withDomain, { kind: 'updateDomain', domainId: 'dom_email', changes: { name: 'email' } });
    expect(renamed.domains.at(-1)!.name).toBe('email');
    const strict = apply(withDomain, { kind: 'updateDomain', domainId: 'dom_email', changes: { notNull: true, checks: [] } });
    expect(strict.domains.at(-1)).toMatchObject({ notNull: true, checks: [] });
  });

  it('refuses a domain based on another domain and an invalid name', () => {
    const nested = applyCommand(withDomain, { kind: 'updateDomain', domainId: 'dom_email', changes: { baseType: { kind: 'domain', domainId: 'dom_email', arrayDims: 0 } } });
    expect(nested.ok).toBe(false);
    const empty = applyCommand(withDomain, { kind: 'updateDomain', domainId: 'dom_email', changes: { name: '' } });
    expect(empty.ok).toBe(false);
  });

  it('deletes an unused domain, but refuses one a column uses, naming the column', () => {
    const deleted = apply(withDomain, { kind: 'deleteDomain', domainId: 'dom_email' });
    expect(deleted.domains).toEqual(shop.domains);
    const used = apply(withDomain, { kind: 'updateColumn', tableId: users.id, columnId: email.id, changes: { type: { kind: 'domain', domainId: 'dom_email', arrayDims: 0 } } });
    const refused = applyCommand(used, { kind: 'deleteDomain', domainId: 'dom_email' });
    expect(refused.ok ? null : refused.error).toMatchObject({ kind: 'in_use', message: expect.stringContaining('users.email') });
  });

  it('reports a missing domain as not found', () => {
    const missing = applyCommand(shop, { kind: 'updateDomain', domainId: 'dom_missing', changes: { name: 'x' } });
    expect(missing.ok ? null : missing.error.kind).toBe('not_found');
  });
});
