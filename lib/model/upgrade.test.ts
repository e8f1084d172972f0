import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION, DOCUMENT_FORMAT } from './document';
import { DOCUMENT_UPGRADES, upgradeDocument, type DocumentUpgrade } from './upgrade';

/**
 * The upgrade mechanism, exercised with a made-up history: version 1 called the
 * diagram `title`, version 2 renamed it to `name`, version 3 added `tags`.
 */
const fakeUpgrades: Record<number, DocumentUpgrade> = {
  1: ({ title, ...rest }) => ({ ...rest, name: title }),
  2: (doc) => ({ ...doc, tags: [] }),
};

const v1 = () => ({ format: DOCUMENT_FORMAT, formatVersion: 1, title: 'Shop' });

describe('upgradeDocument with a chain of upgrades', () => {
  it('runs every step from the stored version to the current one, in order', () => {
    const result = upgradeDocument(v1(), fakeUpgrades, 3);
    expect(result).toEqual({ ok: true, value: { format: DOCUMENT_FORMAT, formatVersion: 3, name: 'Shop', tags: [] } });
  });

  it('starts from the stored version, skipping the steps already taken', () => {
    const v2 = { format: DOCUMENT_FORMAT, formatVersion: 2, name: 'Shop' };
    expect(upgradeDocument(v2, fakeUpgrades, 3)).toEqual({ ok: true, value: { ...v2, formatVersion: 3, tags: [] } });
  });

  it('stamps each step\'s version itself, so an upgrade cannot forget to', () => {
    const seen: unknown[] = [];
    const spying: Record<number, DocumentUpgrade> = {
      1: (doc) => { seen.push(doc.formatVersion); return doc; },
      2: (doc) => { seen.push(doc.formatVersion); return doc; },
    };
    upgradeDocument(v1(), spying, 3);
    expect(seen).toEqual([1, 2]);
  });

  it('leaves a current document as it is', () => {
    const current = { format: DOCUMENT_FORMAT, formatVersion: 3, name: 'Shop' };
    expect(upgradeDocument(current, fakeUpgrades, 3)).toEqual({ ok: true, value: current });
  });

  it('says which version can no longer be read when a step is missing', () => {
    const result = upgradeDocument(v1(), { 2: fakeUpgrades[2]! }, 3);
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'unsupported_version', path: ['formatVersion'], found: 1, supported: 3,
        message: 'format version 1 is no longer supported (no upgrade to 2)',
      },
    });
  });

  it('refuses a version newer than the current one and says to upgrade Tablecraft', () => {
    const result = upgradeDocument({ format: DOCUMENT_FORMAT, formatVersion: 4 }, fakeUpgrades, 3);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind: 'unsupported_version', path: ['formatVersion'], found: 4, supported: 3 });
    expect(result.error.message).toBe('this document has format version 4, newer than this Tablecraft understands (3); upgrade Tablecraft to open it');
  });

  it.each([
    [0, '"formatVersion" 0 is not a format version: versions are whole numbers from 1 (this Tablecraft reads 1 to 3)'],
    [-2, '"formatVersion" -2 is not a format version: versions are whole numbers from 1 (this Tablecraft reads 1 to 3)'],
    [2.5, '"formatVersion" 2.5 is not a format version: versions are whole numbers from 1 (this Tablecraft reads 1 to 3)'],
    ['2', '"formatVersion" must be a number such as 3 (got "2", which is a string)'],
    [null, '"formatVersion" must be a number such as 3 (got null)'],
    [[1], '"formatVersion" must be a number such as 3 (got [1], which is an array)'],
    [undefined, '"formatVersion" is missing; this Tablecraft reads format versions 1 to 3'],
  ])('rejects formatVersion %j with a precise message', (formatVersion, message) => {
    const result = upgradeDocument({ format: DOCUMENT_FORMAT, formatVersion }, fakeUpgrades, 3);
    expect(result).toEqual({ ok: false, error: { kind: 'unsupported_version', path: ['formatVersion'], found: formatVersion, supported: 3, message } });
  });

  it('checks the format before the version', () => {
    const result = upgradeDocument({ format: 'dbml', formatVersion: 99 }, fakeUpgrades, 3);
    expect(result).toEqual({ ok: false, error: { kind: 'not_a_document', path: ['format'], message: '"format" must be "tablecraft.diagram" (got "dbml")' } });
  });

  it.each([
    ['a string', 'hello', 'a diagram document is a JSON object (got a string)'],
    ['a number', 42, 'a diagram document is a JSON object (got a number)'],
    ['an array', [], 'a diagram document is a JSON object (got an array)'],
    ['null', null, 'a diagram document is a JSON object (got null)'],
  ])('rejects %s as not a document', (_label, raw, message) => {
    expect(upgradeDocument(raw, fakeUpgrades, 3)).toEqual({ ok: false, error: { kind: 'not_a_document', path: [], message } });
  });
});

describe('the shipped upgrade table', () => {
  it('has an upgrade from every older version, so every published document still opens', () => {
    for (let version = 1; version < CURRENT_FORMAT_VERSION; version++) {
      expect(DOCUMENT_UPGRADES[version], `upgrade from version ${version}`).toBeTypeOf('function');
    }
    expect(Object.keys(DOCUMENT_UPGRADES).map(Number).every((v) => v >= 1 && v < CURRENT_FORMAT_VERSION)).toBe(true);
  });
});
