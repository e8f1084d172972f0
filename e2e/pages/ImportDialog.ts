import { expect, type Locator, type Page } from '@playwright/test';
import { DesignerPage } from './DesignerPage';

/** The home page's "Import a schema" dialog, driven by roles and labels. */
export class ImportDialog {
  readonly dialog: Locator;
  readonly source: Locator;
  readonly format: Locator;
  readonly file: Locator;
  readonly name: Locator;
  readonly report: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import a schema' });
    this.source = this.dialog.getByRole('textbox', { name: /^Schema source/ });
    this.format = this.dialog.getByRole('combobox', { name: 'Format' });
    this.file = this.dialog.getByLabel('Upload a file');
    this.name = this.dialog.getByRole('textbox', { name: 'Name' });
    this.report = this.dialog.getByRole('region', { name: 'Import report' });
    this.error = this.dialog.getByRole('alert');
  }

  /** Opens the dialog from the home page, which must be showing. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  async paste(sql: string): Promise<void> {
    await this.source.fill(sql);
  }

  async upload(path: string): Promise<void> {
    await this.file.setInputFiles(path);
  }

  async preview(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Preview' }).click();
  }

  /** The "kind: N imported" / "kind: N skipped" line of the report. */
  count(list: 'Imported' | 'Skipped', kind: string): Locator {
    return this.report.getByRole('list', { name: list }).getByRole('listitem').filter({ hasText: new RegExp(`^${kind}:`) });
  }

  async createDiagram(): Promise<DesignerPage> {
    await this.dialog.getByRole('button', { name: 'Create diagram' }).click();
    await this.page.waitForURL(/\/diagrams\/[0-9a-f-]{36}$/);
    const designer = new DesignerPage(this.page);
    await designer.waitUntilOpen();
    return designer;
  }
}
