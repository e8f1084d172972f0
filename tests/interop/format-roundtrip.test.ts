import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDbml, importDbml } from '../../lib/interop/dbml';
import { exportPrisma, importPrisma } from '../../lib/interop/prisma';
import { importSql } from '../../lib/interop';
import type { DiagramDocument } from '../../lib/model/document';
import type { ExportResult } from '../../lib/interop/shared/report';
import { ecommerceTemplate } from '../../lib/templates/ecommerce';
import { schemaDifferences } from './support/schema-differences';

/**
 * document → DBML → document and document → Prisma → document, on the
 * e-commerce template and on the imported pagila dump. Whatever the round
 * trip changed must be exactly what the exporter reported as lost, and a
 * second trip must change nothing more.
 */
const PAGILA = new URL('../../../shared/fixtures/pagila-schema.sql', import.meta.url);
let pagila: DiagramDocument;

beforeAll(async () => {
  const result = await importSql(readFileSync(PAGILA, 'utf8'), { name: 'pagila', postgresVersion: 18 });
  if (!result.ok) throw new Error(result.error.message);
  pagila = result.value.document;
});

const lossKeys = (exported: ExportResult) => [...new Set(exported.losses.map((l) => `${l.subject} ${l.aspect}`))].sort();

// Losses that are not visible as a difference between the two documents' schemas.
const INVISIBLE = new Set(['schema_comment', 'layout']);

function roundTrip(doc: DiagramDocument, write: (d: DiagramDocument) => ExportResult, read: (text: string) => DiagramDocument) {
  const first = write(doc);
  const back = read(first.text);
  const second = write(back);
  // After one trip the document holds only what the format can say: a second trip changes nothing.
  const third = write(read(second.text));
  return { first, back, second, third };
}

const viaDbml = (doc: DiagramDocument) => roundTrip(doc, exportDbml, (text) => {
  const r = importDbml(text);
  if (!r.ok) throw new Error(`DBML did not import: ${JSON.stringify(r.error)}`);
  return r.value.document;
});
const viaPrisma = (doc: DiagramDocument) => roundTrip(doc, exportPrisma, (text) => {
  const r = importPrisma(text);
  if (!r.ok) throw new Error(`Prisma did not import: ${JSON.stringify(r.error)}`);
  return r.value.document;
});

describe.each([
  ['the e-commerce template', () => ecommerceTemplate()],
  ['the imported pagila diagram', () => pagila],
])('%s', (_title, doc) => {
  it('DBML: what the round trip loses is exactly what the export reports', () => {
    const { first, back, second, third } = viaDbml(doc());
    expect(schemaDifferences(doc(), back)).toEqual(lossKeys(first).filter((k) => !INVISIBLE.has(k.split(' ')[1]!)));
    expect(third.text).toBe(second.text);
    expect(back.tables.map((t) => t.name)).toEqual(doc().tables.map((t) => t.name));
    expect(back.relationships).toHaveLength(doc().relationships.length);
  });

  it('Prisma: what the round trip loses is exactly what the export reports', () => {
    const { first, back, second, third } = viaPrisma(doc());
    expect(schemaDifferences(doc(), back)).toEqual(lossKeys(first).filter((k) => !INVISIBLE.has(k.split(' ')[1]!)));
    expect(third.text).toBe(second.text);
    expect(back.tables.map((t) => t.name)).toEqual(doc().tables.map((t) => t.name));
  });

  it('the exported Prisma schema is valid for the Prisma 7 CLI', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tablecraft-prisma-'));
    try {
      const file = path.join(dir, 'schema.prisma');
      writeFileSync(file, exportPrisma(doc()).text);
      const output = execFileSync(path.resolve('node_modules/.bin/prisma'), ['validate', '--schema', file], {
        env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false', PRISMA_HIDE_UPDATE_MESSAGE: '1' }, encoding: 'utf8', stdio: 'pipe',
      });
      expect(output).toContain('is valid');
    } catch (error) {
      throw new Error(`prisma validate rejected the schema:\n${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? ''}`, { cause: error });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
