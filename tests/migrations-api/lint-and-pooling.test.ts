import { describe, expect, it } from 'vitest';
import type { LintReport } from '../../lib/lint';
import { apiError, useTemporaryStorage } from '../api/support/api';
import { createDiagram, postLint, postPooling, saveDocument } from './support/routes';
import { WORKLOAD } from './support/workload';

useTemporaryStorage();

describe('POST /api/lint', () => {
  it('lints files in order and reports findings with their place', async () => {
    const answer = await postLint({
      files: [
        { name: '001.sql', sql: "SET lock_timeout = '5s';\nCREATE TABLE t (id serial PRIMARY KEY, at timestamp);\n" },
        { name: '002.sql', sql: "SET lock_timeout = '5s';\nCREATE INDEX t_at ON t (at);\n" },
      ],
      pg: 16,
    });
    expect(answer.status).toBe(200);
    const report = answer.body.report as LintReport;
    expect(report.pgVersion).toBe(16);
    expect(report.files).toEqual(['001.sql', '002.sql']);
    const ids = report.findings.map((f) => `${f.location.file}:${f.ruleId}`);
    expect(ids).toEqual(expect.arrayContaining(['001.sql:TC012', '001.sql:TC013']));
    // The table was created in 001, so 002's index build is on a table the migration itself made: no TC005.
    expect(report.findings.find((f) => f.ruleId === 'TC012')!.location).toMatchObject({ line: 2 });
  });

  it('honours disabled rules and refuses unknown ones, empty input and duplicate names', async () => {
    const sql = "SET lock_timeout = '5s';\nCREATE TABLE t (id serial PRIMARY KEY);\n";
    const disabled = await postLint({ files: [{ name: 'a.sql', sql }], disable: ['TC012'] });
    expect((disabled.body.report as LintReport).findings.map((f) => f.ruleId)).not.toContain('TC012');
    const unknown = await postLint({ files: [{ name: 'a.sql', sql }], disable: ['TC999'] });
    expect([unknown.status, apiError(unknown).problems?.[0]?.path]).toEqual([400, 'disable']);
    const none = await postLint({ files: [] });
    expect(apiError(none).problems?.[0]?.path).toBe('files');
    const twice = await postLint({ files: [{ name: 'a.sql', sql }, { name: 'a.sql', sql }] });
    expect(apiError(twice).message).toContain('appears twice');
  });
});

describe('POST /api/diagrams/:id/pooling', () => {
  it('sizes the sent workload, derives SCRAM secrets, and never sends a password back', async () => {
    const diagram = await createDiagram({ templateId: 'ecommerce' });
    const secret = 'correct horse battery staple 9!';
    const answer = await postPooling(diagram.id, { workload: WORKLOAD, passwords: { app: secret, ops: `${secret}-ops` } });
    expect(answer.status).toBe(200);
    const { pooling } = answer.body;
    expect(pooling.workloadSource).toBe('request');
    expect(pooling.missingPasswords).toEqual([]);
    expect(pooling.usersNeedingPasswords).toEqual(['app', 'ops']);
    expect(pooling.files['pgbouncer/userlist.txt']).toMatch(/^"app" "SCRAM-SHA-256\$4096:[^"]+"$/m);
    expect(pooling.files['pgbouncer/pgbouncer.ini']).toContain(`default_pool_size = ${pooling.plan.defaultPoolSize}`);
    expect(pooling.plan.steps.length).toBeGreaterThan(3);
    expect(pooling.plan.steps.every((s) => s.formula.length > 0)).toBe(true);
    expect(pooling.report.length).toBeGreaterThan(0);
    const raw = JSON.stringify(answer.body);
    expect(raw).not.toContain(secret);
    expect(raw).not.toContain('correct horse');
  });

  it('previews without passwords: placeholders in userlist.txt, and the missing users named', async () => {
    const diagram = await createDiagram({ templateId: 'ecommerce' });
    const answer = await postPooling(diagram.id, { workload: WORKLOAD, passwords: { ops: 'only-ops' } });
    expect(answer.body.pooling.missingPasswords).toEqual(['app']);
    const userlist = answer.body.pooling.files['pgbouncer/userlist.txt']!;
    expect(userlist).toMatch(/^"ops" "SCRAM-SHA-256\$/m);
    expect(userlist).not.toMatch(/^"app"/m);
    expect(userlist).toContain(';; "app" — no password given');
  });

  it('uses the document workload, else defaults named after the diagram', async () => {
    const created = await createDiagram({ templateId: 'ecommerce', name: 'Corner shop' });
    const defaults = await postPooling(created.id, {});
    expect(defaults.body.pooling.workloadSource).toBe('defaults');
    expect(defaults.body.pooling.workload.databases[0]!.name).toBe('corner_shop');
    await saveDocument(created, { ...created.document, workload: WORKLOAD });
    const fromDocument = await postPooling(created.id, {});
    expect(fromDocument.body.pooling.workloadSource).toBe('document');
    expect(fromDocument.body.pooling.workload.server.cores).toBe(8);
    // Version 1 predates the workload: defaults again.
    expect((await postPooling(created.id, { version: 1 })).body.pooling.workloadSource).toBe('defaults');
  });

  it('says where a workload is wrong, and when it does not fit the server', async () => {
    const diagram = await createDiagram({ templateId: 'ecommerce' });
    const invalid = await postPooling(diagram.id, { workload: { ...WORKLOAD, server: { cores: 0, maxConnections: 100 } } });
    expect(invalid.status).toBe(400);
    expect(apiError(invalid).problems?.map((p) => p.path)).toContain('workload.server.cores');
    const tooSmall = await postPooling(diagram.id, {
      workload: { ...WORKLOAD, databases: [{ name: 'shop' }, { name: 'stats' }], server: { cores: 8, maxConnections: 4 } },
    });
    expect(tooSmall.status).toBe(422);
    expect(apiError(tooSmall).problems?.[0]?.path).toMatch(/^workload\./);
    const unknownField = await postPooling(diagram.id, { passwords: { app: 'x' }, extra: 1 });
    expect(unknownField.status).toBe(400);
    expect(JSON.stringify(unknownField.body)).not.toContain('"x"');
  });
});
