import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { HomePage } from './pages/HomePage';
import { NavigationBar } from './pages/NavigationBar';

async function openShop(page: Page, name: string) {
  const home = new HomePage(page);
  await home.goto();
  const designer = await home.createFromTemplate('E-commerce orders', `${name} ${Math.random().toString(36).slice(2, 7)}`);
  return { designer, nav: new NavigationBar(page), id: page.url().split('/').pop()! };
}

async function storedLayout(page: Page, id: string): Promise<Record<string, { x: number; y: number; hidden: boolean }>> {
  const answer = await (await page.request.get(`/api/diagrams/${id}`)).json();
  return answer.diagram.document.layout.nodes;
}

test('Ctrl+K finds a column and jumps to its table, selected and in view', async ({ page }) => {
  const { designer, nav } = await openShop(page, 'Search');
  // Jump to users first, so the jump to order_items has somewhere to go.
  await page.keyboard.press('ControlOrMeta+k');
  await nav.searchBox.fill('users');
  await nav.searchBox.press('Enter');
  await expect(designer.inspector.getByRole('textbox', { name: 'Table name' })).toHaveValue('users');

  await nav.searchAndJump('order_items.unit', /order_items\.unit_price/);
  await expect(designer.inspector.getByRole('textbox', { name: 'Table name' })).toHaveValue('order_items');
  await expect.poll(() => nav.isInView(designer.table('order_items'))).toBe(true);

  // Nonsense finds nothing; Escape closes the palette.
  await page.keyboard.press('ControlOrMeta+k');
  await nav.searchBox.fill('qqqzzz');
  await expect(nav.searchDialog.getByRole('option')).toHaveCount(0);
  await expect(nav.searchDialog).toContainText('Nothing matches');
  await page.keyboard.press('Escape');
  await expect(nav.searchDialog).toBeHidden();
});

test('auto-layout moves the tables in one step that one undo takes back', async ({ page }) => {
  const { designer, nav, id } = await openShop(page, 'Layout');
  const before = await storedLayout(page, id);
  await nav.button('Auto-layout').click();
  // The layout is computed in the background, then saved as one operation: wait until the server has it.
  const movedOnServer = async () => {
    const after = await storedLayout(page, id);
    return Object.keys(before).filter((key) => before[key]!.x !== after[key]!.x || before[key]!.y !== after[key]!.y).length;
  };
  await expect.poll(movedOnServer).toBeGreaterThan(0);
  await designer.waitForSaved();

  await nav.canvas.click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('ControlOrMeta+z');
  await designer.waitForSaved();
  const undone = await storedLayout(page, id);
  for (const key of Object.keys(before)) expect({ x: undone[key]!.x, y: undone[key]!.y }).toEqual({ x: before[key]!.x, y: before[key]!.y });
});

test('dark mode switches the page and stays after a reload', async ({ page }) => {
  const { designer, nav } = await openShop(page, 'Theme');
  const html = page.locator('html');
  await expect(html).not.toHaveClass(/\bdark\b/);
  await nav.themeSwitch.click();
  await expect(html).toHaveClass(/\bdark\b/);
  await expect(nav.themeSwitch).toHaveAttribute('aria-checked', 'true');
  await expect(page.locator('.react-flow')).toHaveClass(/\bdark\b/);
  const canvasColour = await page.locator('.react-flow').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(canvasColour).not.toBe('rgb(250, 250, 250)');

  await page.reload();
  await designer.waitUntilOpen();
  await expect(html).toHaveClass(/\bdark\b/);
  await page.keyboard.press('Shift+D');
  await expect(html).not.toHaveClass(/\bdark\b/);
});

test.describe('with a dark system theme', () => {
  test.use({ colorScheme: 'dark' });

  test('the page follows the system until the person chooses', async ({ page }) => {
    const { nav } = await openShop(page, 'System theme');
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await nav.themeSwitch.click();
    await page.reload();
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
  });
});

test('the canvas exports as a PNG and as an SVG named after the diagram', async ({ page }) => {
  const { designer, nav } = await openShop(page, 'Export');
  const name = await designer.diagramName.inputValue();

  const png = await nav.exportImage('PNG');
  expect(png.suggestedFilename()).toBe(`${name}.png`);
  const pngBytes = await readFile((await png.path())!);
  expect([...pngBytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect(pngBytes.length).toBeGreaterThan(10_000);

  await nav.themeSwitch.click();
  const svg = await nav.exportImage('SVG');
  expect(svg.suggestedFilename()).toBe(`${name}.svg`);
  const svgText = await readFile((await svg.path())!, 'utf8');
  expect(svgText).toMatch(/^(<\?xml[^>]*>\s*)?<svg/);
  expect(svgText).toContain('order_items');
  expect(svgText.length).toBeGreaterThan(10_000);
});

test('focus mode shows a table and its neighbours only, until left', async ({ page }) => {
  const { designer, nav } = await openShop(page, 'Focus');
  await designer.selectTable('orders');
  await nav.button('Focus').click();
  await expect(nav.focusChip).toContainText('Focus: orders');
  await designer.expectTables(['order_items', 'orders', 'users']);

  await nav.focusChip.getByRole('combobox', { name: 'Neighbours within' }).selectOption('2');
  await designer.expectTables(['order_items', 'orders', 'products', 'users']);

  await nav.focusChip.getByRole('button', { name: 'Leave focus mode' }).click();
  await expect(nav.focusChip).toBeHidden();
  await designer.expectTables(['categories', 'order_items', 'orders', 'products', 'users']);
});

test('a hidden table stays hidden after a reload and comes back with show all', async ({ page }) => {
  const { designer, nav } = await openShop(page, 'Hide');
  await nav.button('Tables').click();
  await nav.tablesPanel.getByRole('checkbox', { name: 'Show categories' }).uncheck();
  await designer.expectTables(['order_items', 'orders', 'products', 'users']);
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  await designer.waitForSaved();

  await page.reload();
  await designer.waitUntilOpen();
  await designer.expectTables(['order_items', 'orders', 'products', 'users']);
  await nav.button('Tables').click();
  await expect(nav.tablesPanel).toContainText('1 hidden');
  await nav.tablesPanel.getByRole('button', { name: 'Show all' }).click();
  await designer.expectTables(['categories', 'order_items', 'orders', 'products', 'users']);
  await expect(nav.tablesPanel.getByRole('checkbox', { name: 'Show categories' })).toBeChecked();
});

test('? opens the list of shortcuts, editing ones included', async ({ page }) => {
  const { nav } = await openShop(page, 'Help');
  await nav.canvas.click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('?');
  await expect(nav.helpDialog).toBeVisible();
  for (const text of ['Search tables and columns', 'Zoom to fit', 'Auto-layout the diagram', 'Undo', 'Redo', 'New table']) {
    await expect(nav.helpDialog).toContainText(text);
  }
  await page.keyboard.press('Escape');
  await expect(nav.helpDialog).toBeHidden();
});
