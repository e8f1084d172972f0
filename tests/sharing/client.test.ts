import { describe, expect, it } from 'vitest';
import type { CreatedShareLinkDto, ShareLinkDto } from '../../lib/api/share-dto';
import { grantableRoles } from '../../lib/api/share-dto';
import { createDesignerStore } from '../../lib/client/designer/store';
import { READ_ONLY_MESSAGE } from '../../lib/client/designer/document-slice';
import { customExpiry, presetExpiry } from '../../lib/client/sharing/expiry';
import { createShareStore } from '../../lib/client/sharing/share-store';
import type { ShareApi } from '../../lib/client/sharing/api';
import { aDocument, aTable } from '../../lib/model/testing';
import { err, ok } from '../../lib/result';

const detail = (document = aDocument({ tables: [aTable({ name: 'accounts' })] })) => ({
  id: '3f1f8f5e-4d4b-4c47-9d0b-0a4b9b6f2e11', name: document.name, revision: 1, tableCount: document.tables.length,
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', document,
});

describe('the read-only designer store', () => {
  it('refuses every command, undo and redo, and never counts an edit (so nothing is saved)', () => {
    const store = createDesignerStore(detail(), undefined, { readOnly: true });
    const before = store.getState().document;
    const tableId = before.tables[0]!.id;
    const executed = store.getState().execute({ kind: 'updateTable', tableId, changes: { name: 'renamed' } });
    expect(executed).toEqual({ ok: false, error: { kind: 'invalid', message: READ_ONLY_MESSAGE } });
    expect(store.getState().addTable({ x: 0, y: 0 }).ok).toBe(false);
    expect(store.getState().renameTable(tableId, 'other').ok).toBe(false);
    store.getState().moveTable(tableId, { x: 500, y: 500 });
    store.getState().endDrag({ [tableId]: { x: 9, y: 9 } });
    store.getState().undo();
    store.getState().redo();
    expect(store.getState().document).toBe(before);
    expect(store.getState().editCount).toBe(0);
    expect(store.getState().status).toBe('saved');
    // Selecting is not an edit.
    store.getState().selectTable(tableId);
    expect(store.getState().selectedTableId).toBe(tableId);
  });

  it('an editable store is unchanged by the flag', () => {
    const store = createDesignerStore(detail());
    expect(store.getState().readOnly).toBe(false);
    expect(store.getState().addTable({ x: 0, y: 0 }).ok).toBe(true);
    expect(store.getState().editCount).toBe(1);
  });
});

describe('the share dialog store', () => {
  const link = (over: Partial<ShareLinkDto> = {}): ShareLinkDto => ({
    id: 'l1', role: 'viewer', label: null, createdBy: null, createdAt: '2026-01-01T00:00:00.000Z',
    expiresAt: null, revokedAt: null, status: 'active', canRevoke: true, ...over,
  });
  const stub = (overrides: Partial<ShareApi>): ShareApi => ({
    listShareLinks: async () => ok([]),
    createShareLink: async () => ok({ link: link(), token: 'tcs_x', path: '/s/tcs_x' } satisfies CreatedShareLinkDto),
    revokeShareLink: async () => ok(link({ status: 'revoked', revokedAt: '2026-01-02T00:00:00.000Z' })),
    ...overrides,
  });

  it('keeps the new link (with its token) until dismissed, and lists it first', async () => {
    const store = createShareStore('d', stub({ listShareLinks: async () => ok([link({ id: 'old' })]) }));
    await store.getState().load();
    expect(await store.getState().create({ role: 'viewer', expiresAt: null })).toBe(true);
    expect(store.getState().created?.token).toBe('tcs_x');
    expect(store.getState().links?.map((l) => l.id)).toEqual(['l1', 'old']);
    store.getState().dismissCreated();
    expect(store.getState().created).toBeNull();
  });

  it('says when the server wants an owner account first', async () => {
    const store = createShareStore('d', stub({
      createShareLink: async () => err({ status: 409, error: { code: 'owner_required', message: 'Create the owner account first at /setup' } }),
    }));
    expect(await store.getState().create({ role: 'viewer', expiresAt: null })).toBe(false);
    expect(store.getState().problem).toEqual({ message: 'Create the owner account first at /setup', ownerRequired: true });
  });

  it('revoking replaces the row with its new status', async () => {
    const store = createShareStore('d', stub({ listShareLinks: async () => ok([link()]) }));
    await store.getState().load();
    await store.getState().revoke('l1');
    expect(store.getState().links).toEqual([expect.objectContaining({ id: 'l1', status: 'revoked' })]);
  });
});

describe('expiry choices and roles', () => {
  it('turns presets into absolute times and refuses a custom time in the past', () => {
    const now = new Date('2026-03-01T12:00:00.000Z');
    expect(presetExpiry('1d', now)).toBe('2026-03-02T12:00:00.000Z');
    expect(presetExpiry('30d', now)).toBe('2026-03-31T12:00:00.000Z');
    expect(presetExpiry('never', now)).toBeNull();
    expect(customExpiry('', now)).toHaveProperty('problem');
    expect(customExpiry('2026-02-01T10:00', now)).toHaveProperty('problem');
    expect(customExpiry('2027-02-01T10:00', now)).toHaveProperty('expiresAt');
  });

  it('offers only the roles someone may hand out', () => {
    expect(grantableRoles('owner')).toEqual(['viewer', 'commenter', 'editor']);
    expect(grantableRoles('editor')).toEqual(['viewer', 'commenter', 'editor']);
    expect(grantableRoles('commenter')).toEqual(['viewer', 'commenter']);
  });
});
