import { expect, type Locator, type Page } from '@playwright/test';

/** /diagrams/:id/history: the version list, save version, compare, a version read-only, restore. */
export class HistoryPage {
  readonly versions: Locator;
  readonly namedOnly: Locator;
  readonly designerLink: Locator;
  readonly changes: Locator;
  readonly legend: Locator;

  constructor(readonly page: Page) {
    this.versions = page.getByRole('list', { name: 'Version list' }).getByRole('listitem');
    this.namedOnly = page.getByRole('checkbox', { name: 'Named only' });
    this.designerLink = page.getByRole('link', { name: 'Designer', exact: true });
    this.changes = page.getByRole('complementary', { name: 'Changes' });
    this.legend = page.getByRole('list', { name: 'Legend' });
  }

  async waitUntilOpen(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
    await expect(this.versions.first()).toBeVisible();
  }

  version(label: string | RegExp): Locator {
    return this.versions.filter({ hasText: label });
  }

  async saveVersion(label: string): Promise<number> {
    await this.page.getByRole('button', { name: 'Save version…' }).click();
    const form = this.page.getByRole('form', { name: 'Save version' });
    await form.getByRole('textbox', { name: 'Version name' }).fill(label);
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    const status = this.page.getByRole('status').filter({ hasText: /Saved version \d+/ });
    await expect(status).toBeVisible();
    return Number(/Saved version (\d+)/.exec((await status.textContent()) ?? '')![1]);
  }

  async compareWithCurrent(version: number): Promise<void> {
    await this.page.getByRole('link', { name: `Compare version ${version} with the current diagram` }).click();
    await expect(this.changes).toBeVisible();
  }

  async open(version: number): Promise<Locator> {
    await this.page.getByRole('link', { name: `Open version ${version}`, exact: true }).click();
    const canvas = this.page.getByRole('region', { name: `Version ${version} (read-only)` });
    await expect(canvas).toBeVisible();
    return canvas;
  }

  /** The compare canvas. */
  get comparedCanvas(): Locator {
    return this.page.getByRole('region', { name: 'Compared diagram' });
  }

  table(scope: Locator, name: string): Locator {
    return scope.getByRole('group', { name: `Table ${name}`, exact: true });
  }

  column(scope: Locator, table: string, column: string): Locator {
    return this.table(scope, table).getByRole('listitem', { name: `Column ${column}`, exact: true });
  }

  tab(name: 'On the canvas' | 'As migration'): Locator {
    return this.page.getByRole('tab', { name });
  }
}
