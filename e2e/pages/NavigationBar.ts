import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The canvas navigation layer: toolbar, search palette, focus chip, tables panel, help, theme switch. */
export class NavigationBar {
  readonly toolbar: Locator;
  readonly searchDialog: Locator;
  readonly searchBox: Locator;
  readonly helpDialog: Locator;
  readonly focusChip: Locator;
  readonly tablesPanel: Locator;
  readonly themeSwitch: Locator;
  readonly canvas: Locator;

  constructor(readonly page: Page) {
    this.toolbar = page.getByRole('toolbar', { name: 'Canvas navigation' });
    this.searchDialog = page.getByRole('dialog', { name: 'Search tables and columns' });
    this.searchBox = this.searchDialog.getByRole('combobox', { name: 'Search tables and columns' });
    this.helpDialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    this.focusChip = page.getByRole('status', { name: 'Focus mode' });
    this.tablesPanel = page.getByRole('region', { name: 'Tables' });
    this.themeSwitch = page.getByRole('switch', { name: 'Dark mode' });
    this.canvas = page.getByRole('main', { name: 'Canvas' });
  }

  button(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  /** Opens search with the keyboard, types, and picks the first result with Enter. */
  async searchAndJump(query: string, expectFirst: RegExp): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+k');
    await expect(this.searchDialog).toBeVisible();
    await this.searchBox.fill(query);
    await expect(this.searchDialog.getByRole('option').first()).toHaveText(expectFirst);
    await this.searchBox.press('Enter');
    await expect(this.searchDialog).toBeHidden();
  }

  async exportImage(format: 'PNG' | 'SVG'): Promise<Download> {
    await this.button('Export image').click();
    const downloaded = this.page.waitForEvent('download');
    await this.page.getByRole('menuitem', { name: `Export ${format}` }).click();
    return downloaded;
  }

  /** Whether the table's box lies inside the canvas on screen. */
  async isInView(table: Locator): Promise<boolean> {
    const [box, canvas] = await Promise.all([table.boundingBox(), this.canvas.boundingBox()]);
    if (!box || !canvas) return false;
    return box.x >= canvas.x && box.y >= canvas.y && box.x + box.width <= canvas.x + canvas.width && box.y + Math.min(box.height, 100) <= canvas.y + canvas.height;
  }
}
