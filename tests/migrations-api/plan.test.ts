import { describe, expect, it } from 'vitest';
import { DiagramBuilder } from '../../lib/model/builder';
import { TEMPLATES } from '../../lib/templates';
import { apiError, useTemporaryStorage } from '../api/support/api';
import { createDiagram, getPlan, routes, saveDocument, saveVersion } from './support/routes';

useTemporaryStorage();

describe('GET /api/diagrams/:id/plan', () => {
  it('routes are dynamic and run on Node.js', () => {
    for (const route of [routes.planRoute, routes.bundleRoute, routes.poolingRoute, routes.lintRoute]) {
      expect([route.dynamic, route.runtime]).toEqual(['force-dynamic', 'nodejs']);
    }
  });

  it.each(TEMPLATES.filter((t) => t.id !== 'blank').map((t) => t.id))('plans the %s template from an empty database', async (templateId) => {
    const diagram = await createDiagram({ templateId });
    const answer = await getPlan(diagram.id);
    expect(answer.status).toBe(200);
    const { plan } = answer.body;
    expect(plan).toMatchObject({ from: 'empty', to: 'current', safe: true, targetPostgresVersion: diagram.document.target.postgresVersion });
    expect(plan.migrations.length).toBeGreaterThan(0);
    const first = plan.migrations[0]!;
    expect(first.upPath).toMatch(/^migrations\/001_create_[a-z0-9_]+\.up\.sql$/);
    expect(first.upSql).toContain('SET lock_timeout');
    const statements = plan.migrations.flatMap((m) => m.statements);
    expect(statements.some((s) => /^CREATE TABLE/.test(s.sql))).toBe(true);
    for (const s of statements) {
      expect(s.explanation.length).toBeGreaterThan(0);
      expect(first.upSql.includes(s.sql) || plan.migrations.some((m) => m.upSql.includes(s.sql))).toBe(true);
    }
    // Every finding of the report is shown somewhere: beside a statement or on its file.
    const placed = plan.migrations.reduce((n, m) => n + m.fileFindings.length + m.statements.reduce((k, s) => k + s.findings.length, 0), 0);
    expect(placed).toBe(plan.lint.findings.length);
  });

  it('plans a diff between two saved versions: a renamed table is a RENAME, not a drop and a create', async () => {
    let diagram = await createDiagram({ templateId: 'ecommerce' });
    const pinned = await saveVersion(diagram.id, 'before the rename');
    const document = structuredClone(diagram.document);
    const users = document.tables.find((t) => t.name === 'users')!;
    users.name = 'customers';
    diagram = await saveDocument(diagram, document);
    const after = await saveVersion(diagram.id, 'after the rename');

    for (const to of [`${after.version}`, 'current']) {
      const answer = await getPlan(diagram.id, `?from=${pinned.version}&to=${to}`);
      expect(answer.status).toBe(200);
      const sql = answer.body.plan.migrations.flatMap((m) => m.statements.map((s) => s.sql));
      expect(sql).toContainEqual(expect.stringMatching(/ALTER TABLE "public"\."users" RENAME TO "customers"/));
      expect(sql.join('\n')).not.toMatch(/DROP TABLE|CREATE TABLE/);
      // Expand/contract: old clients keep working through a view under the old name until the contract step drops it.
      expect(sql).toContainEqual(expect.stringMatching(/CREATE VIEW "public"\."users"/));
      expect(sql).toContainEqual(expect.stringMatching(/DROP VIEW (IF EXISTS )?"public"\."users"/));
      const rename = answer.body.plan.migrations.flatMap((m) => m.statements).find((s) => s.sql.includes('RENAME TO'))!;
      expect(rename.hazards).not.toContain('BREAKS_RUNNING_CLIENTS');
      // The linter still flags the rename on the generated SQL, beside the statement.
      expect(rename.findings.map((f) => f.ruleId)).toContain('TC009');
    }
  });

  it('plans nothing between a version and an unchanged current document', async () => {
    const diagram = await createDiagram({ templateId: 'ecommerce' });
    const answer = await getPlan(diagram.id, '?from=1&to=current');
    expect(answer.status).toBe(200);
    expect(answer.body.plan.migrations).toEqual([]);
    expect(answer.body.plan.lint.findings).toEqual([]);
  });

  it('takes a target version and the unsafe switch', async () => {
    const diagram = await createDiagram({ templateId: 'ecommerce' });
    const answer = await getPlan(diagram.id, '?pg=14&safe=false');
    expect(answer.status).toBe(200);
    expect(answer.body.plan).toMatchObject({ targetPostgresVersion: 14, safe: false });
  });

  it('answers 422 with what and where when the generator refuses the diagram', async () => {
    const b = new DiagramBuilder('v7', { readableIds: true, postgresVersion: 18 });
    b.table('things', (t) => t.column('id', 'uuid', { nullable: false, default: 'uuidv7()' }));
    const diagram = await createDiagram({ document: b.build() });
    expect((await getPlan(diagram.id)).status).toBe(200);
    const answer = await getPlan(diagram.id, '?pg=17');
    expect(answer.status).toBe(422);
    const error = apiError(answer);
    expect(error.code).toBe('invalid_document');
    expect(error.message).toContain('public.things.id');
    expect(error.problems).toEqual([expect.objectContaining({ path: 'public.things.id', message: expect.stringContaining('18') })]);
  });

  it('refuses bad queries and unknown versions with messages that name the parameter', async () => {
    const diagram = await createDiagram({ templateId: 'ecommerce' });
    const bad = async (query: string, status: number, path?: string) => {
      const answer = await getPlan(diagram.id, query);
      expect(answer.status, query).toBe(status);
      if (path) expect(apiError(answer).problems?.map((p) => p.path)).toContain(path);
      return apiError(answer);
    };
    await bad('?pg=12', 400, 'pg');
    await bad('?to=empty', 400, 'to');
    await bad('?from=latest', 400, 'from');
    await bad('?safe=maybe', 400, 'safe');
    await bad('?colour=red', 400, 'colour');
    expect((await bad('?from=42', 404)).message).toContain('has no version 42');
    expect((await getPlan('00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
