import { expect, type Locator, type Page } from '@playwright/test';

/** The designer at `/diagrams/:id`: header, canvas and inspector. */
export class DesignerPage {
  readonly diagramName: Locator;
  readonly saveState: Locator;
  readonly tables: Locator;
  readonly inspector: Locator;
  readonly addTableButton: Locator;
  /** Co-editing notices: a change of mine that was dropped, a property someone set after me. */
  readonly notices: Locator;
  /** The others who have this diagram open (avatars in the header). */
  readonly people: Locator;
  readonly backLink: Locator;

  constructor(readonly page: Page) {
    this.diagramName = page.getByRole('textbox', { name: 'Diagram name' });
    this.saveState = page.getByRole('status', { name: 'Save state' });
    this.tables = page.getByRole('group', { name: /^Table / });
    this.inspector = page.getByRole('complementary', { name: 'Inspector' });
    this.addTableButton = page.getByRole('button', { name: 'Add table' });
    this.notices = page.getByRole('list', { name: 'Co-editing notices' });
    this.people = page.getByRole('list', { name: 'People here' }).getByRole('listitem');
    this.backLink = page.getByRole('link', { name: 'Diagrams' });
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitUntilOpen();
  }

  /** Open and connected: the live indicator says "Live" (nothing queued, the event stream up). */
  async waitUntilOpen(): Promise<void> {
    await expect(this.diagramName).toBeVisible();
    await expect(this.saveState).toHaveText('Live');
  }

  table(name: string): Locator {
    return this.page.getByRole('group', { name: `Table ${name}`, exact: true });
  }

  async tableNames(): Promise<string[]> {
    const labels = await this.tables.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
    return labels.map((label) => label.replace(/^Table /, '')).sort();
  }

  async expectTables(names: string[]): Promise<void> {
    await expect.poll(() => this.tableNames()).toEqual([...names].sort());
  }

  async selectTable(name: string): Promise<void> {
    // Click the header (the table name), where a click selects rather than starts a drag.
    await this.table(name).getByText(name, { exact: true }).click();
    await expect(this.inspector.getByRole('textbox', { name: 'Table name' })).toHaveValue(name);
  }

  async renameTable(from: string, to: string): Promise<void> {
    await this.selectTable(from);
    const field = this.inspector.getByRole('textbox', { name: 'Table name' });
    await field.fill(to);
    await field.press('Enter');
    await expect(this.table(to)).toBeVisible();
  }

  async addTable(): Promise<void> {
    const before = await this.tables.count();
    await this.addTableButton.click();
    await expect(this.tables).toHaveCount(before + 1);
  }

  async addColumn(name: string, type: string): Promise<void> {
    const form = this.inspector.getByRole('form', { name: 'Add column' });
    await form.getByRole('textbox', { name: 'New column name' }).fill(name);
    await form.getByRole('combobox', { name: 'Type' }).selectOption(type);
    await form.getByRole('button', { name: 'Add column' }).click();
  }

  async renameDiagram(name: string): Promise<void> {
    await this.diagramName.fill(name);
    await this.diagramName.press('Enter');
  }

  /** Every edit made here has reached the server and come back confirmed. */
  async waitForSaved(): Promise<void> {
    await expect(this.saveState).toHaveText('Live');
  }

  /** A column row of a table node on the canvas. */
  column(table: string, column: string): Locator {
    return this.table(table).getByRole('listitem', { name: `Column ${column}`, exact: true });
  }

  /** Draws a relationship the way a person does: press on the column's handle, drag onto the other table, release. */
  async connect(fromTable: string, fromColumn: string, toTable: string): Promise<void> {
    const handle = this.column(fromTable, fromColumn).locator('.react-flow__handle').last();
    const from = (await handle.boundingBox())!;
    const to = (await this.table(toTable).boundingBox())!;
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    // The target table turns into a drop target once the drag is under way; release over it.
    await expect(this.table(toTable).locator('.table-drop-target[data-drop-active="true"]')).toHaveCount(1);
    await this.page.mouse.move(to.x + to.width / 2 + 2, to.y + to.height / 2 + 2);
    await this.page.mouse.up();
  }

  /** Moves the keyboard focus off any field, so editing shortcuts reach the canvas. */
  async focusCanvas(): Promise<void> {
    await this.page.locator('.react-flow__pane').click({ position: { x: 5, y: 300 } });
  }

  /** Takes the focus out of the inspector without changing the selection (a click on the pane would clear it). */
  async focusCanvasKeepingSelection(): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }

  async undo(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+z');
  }

  async redo(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Shift+z');
  }

  section(name: string): Locator {
    return this.inspector.getByRole('region', { name });
  }

  /** An access pattern's editor in the inspector's Requirements section. */
  accessPattern(name: string): Locator {
    return this.section('Requirements').getByRole('group', { name: `Access pattern ${name}`, exact: true });
  }

  async addAccessPattern(): Promise<void> {
    await this.section('Requirements').getByRole('button', { name: 'Add access pattern' }).click();
  }

  /** Closes the table inspector, showing the diagram panel (enums and domains). */
  async showDiagramPanel(): Promise<void> {
    await this.inspector.getByRole('button', { name: 'Close' }).click();
    await expect(this.section('Domains')).toBeVisible();
  }

  domain(name: string): Locator {
    return this.section('Domains').getByRole('group', { name: `Domain ${name}`, exact: true });
  }
}
