import { expect, test } from '@playwright/test';
import { largeDiagram } from '../bench/support/large-diagram';
import { DesignerPage } from './pages/DesignerPage';
import { NavigationBar } from './pages/NavigationBar';

/** Big enough that "zoom to fit" lands below the overview threshold (lib/canvas/level-of-detail.ts). */
const TABLES = 120;

test('a big diagram opens as an overview; clicking a table opens it, zooming out brings the overview back', async ({ page }) => {
  const document = largeDiagram(TABLES, 160);
  const created = await page.request.post('/api/diagrams', { data: { name: `Overview ${Math.random().toString(36).slice(2, 7)}`, document } });
  expect(created.ok()).toBe(true);
  const { diagram } = await created.json() as { diagram: { id: string } };
  const designer = new DesignerPage(page);
  const nav = new NavigationBar(page);
  await designer.goto(`/diagrams/${diagram.id}`);

  // Zoomed out to fit: one shape per table, no React Flow table nodes at all.
  const overview = page.getByRole('group', { name: 'Diagram overview' });
  const shapes = overview.getByRole('img', { name: /^Table / });
  await expect(shapes).toHaveCount(TABLES);
  await expect(designer.tables).toHaveCount(0);
  const shape = overview.getByRole('img', { name: 'Table t042', exact: true });
  // Hovering shows the name (the shapes are too small to print it).
  await expect(shape.locator('title')).toHaveText('t042');

  // A click selects the table and zooms to it: real nodes again, with their columns.
  await shape.click();
  await expect(designer.inspector.getByRole('textbox', { name: 'Table name' })).toHaveValue('t042');
  await expect(overview).toBeHidden();
  await expect.poll(() => nav.isInView(designer.table('t042'))).toBe(true);
  await expect(designer.table('t042').getByRole('listitem', { name: 'Column id' })).toBeVisible();

  // Zooming out past the threshold swaps the nodes for the overview again, the selected table highlighted.
  await nav.button('Zoom to fit').click();
  await expect(shapes).toHaveCount(TABLES);
  await expect(designer.tables).toHaveCount(0);
  await expect(overview.locator('[data-selected="true"]')).toHaveAttribute('aria-label', 'Table t042');
});
