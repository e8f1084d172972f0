import { expect, type Locator, type Page } from '@playwright/test';

/** /diagrams/:id/pooling: the workload form, the arithmetic, the generated files. */
export class PoolingPage {
  readonly heading: Locator;
  readonly form: Locator;
  readonly sizing: Locator;
  readonly files: Locator;
  readonly compatibility: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Connection pooling', level: 1 });
    this.form = page.getByRole('form', { name: 'Workload' });
    this.sizing = page.getByRole('region', { name: 'Sizing arithmetic' });
    this.files = page.getByRole('region', { name: 'Generated files' });
    this.compatibility = page.getByRole('region', { name: 'Compatibility report' });
  }

  async waitUntilOpen(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.sizing).toBeVisible();
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  async fill(label: string, value: string | number): Promise<void> {
    await this.field(label).fill(String(value));
  }

  defaultPoolSize(): Locator {
    return this.sizing.getByLabel('default_pool_size', { exact: true });
  }

  async openFile(name: string): Promise<Locator> {
    await this.files.getByRole('tab', { name, exact: true }).click();
    const panel = this.files.getByRole('tabpanel', { name });
    await expect(panel).toBeVisible();
    return panel;
  }
}
