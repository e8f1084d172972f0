import { err, ok, type Result } from '../result';
import { CURRENT_FORMAT_VERSION, DOCUMENT_FORMAT } from './document';
import type { DocumentProblem } from './problems';

type RawDocument = Record<string, unknown>;
/** Turns a document of version N into version N + 1. */
export type DocumentUpgrade = (doc: RawDocument) => RawDocument;

/**
 * One upgrade per older format version, keyed by the version it upgrades FROM.
 * Version 1 is the first published format, so there is nothing to upgrade yet;
 * when version 2 ships, its upgrade goes here as `1: upgradeV1ToV2` with a test
 * that loads a stored version-1 document.
 */
export const DOCUMENT_UPGRADES: Readonly<Record<number, DocumentUpgrade>> = {};

/** `path` says which field is at fault (`format`, `formatVersion`, or the whole document). */
export type UpgradeError =
  | { kind: 'not_a_document'; path: DocumentProblem['path']; message: string }
  | { kind: 'unsupported_version'; path: DocumentProblem['path']; found: unknown; supported: number; message: string };

/** Brings any supported document version up to the current one, without validating the rest. */
export function upgradeDocument(
  raw: unknown,
  upgrades: Readonly<Record<number, DocumentUpgrade>> = DOCUMENT_UPGRADES,
  currentVersion: number = CURRENT_FORMAT_VERSION,
): Result<RawDocument, UpgradeError> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return err({ kind: 'not_a_document', path: [], message: `a diagram document is a JSON object (got ${jsonKind(raw)})` });
  }
  let doc = raw as RawDocument;
  if (doc.format !== DOCUMENT_FORMAT) {
    return err({
      kind: 'not_a_document',
      path: ['format'],
      message: `"format" must be "${DOCUMENT_FORMAT}" (got ${doc.format === undefined ? 'nothing' : JSON.stringify(doc.format)})`,
    });
  }
  const found = doc.formatVersion;
  const unsupported = (why: string) =>
    err({ kind: 'unsupported_version' as const, path: ['formatVersion'], found, supported: currentVersion, message: why });
  if (found === undefined) {
    return unsupported(`"formatVersion" is missing; this Tablecraft reads format versions 1 to ${currentVersion}`);
  }
  if (typeof found !== 'number') {
    return unsupported(`"formatVersion" must be a number such as ${currentVersion} (got ${JSON.stringify(found)}${found === null ? '' : `, which is ${jsonKind(found)}`})`);
  }
  if (!Number.isInteger(found) || found < 1) {
    return unsupported(`"formatVersion" ${found} is not a format version: versions are whole numbers from 1 (this Tablecraft reads 1 to ${currentVersion})`);
  }
  if (found > currentVersion) {
    return unsupported(`this document has format version ${found}, newer than this Tablecraft understands (${currentVersion}); upgrade Tablecraft to open it`);
  }
  for (let version = found; version < currentVersion; version++) {
    const upgrade = upgrades[version];
    if (!upgrade) return unsupported(`format version ${version} is no longer supported (no upgrade to ${version + 1})`);
    doc = { ...upgrade(doc), formatVersion: version + 1 };
  }
  return ok(doc);
}

/** "a string", "an array", "null": what a JSON value is, for messages. */
function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
