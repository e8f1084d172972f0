import { expect, type Locator, type Page } from '@playwright/test';

/** /diagrams/:id/migrations: version pickers, the plan, save version, download bundle. */
export class MigrationsPage {
  readonly heading: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly summary: Locator;
  readonly saveVersionButton: Locator;
  readonly downloadLink: Locator;
  readonly designerLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Migrations', level: 1 });
    this.from = page.getByRole('combobox', { name: 'From' });
    this.to = page.getByRole('combobox', { name: 'To' });
    this.summary = page.getByRole('region', { name: 'Plan summary' });
    this.saveVersionButton = page.getByRole('button', { name: 'Save version' });
    this.downloadLink = page.getByRole('link', { name: 'Download bundle (.zip)' });
    this.designerLink = page.getByRole('link', { name: 'Designer' });
  }

  async waitForPlan(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.summary).toBeVisible();
  }

  migration(fileName: string | RegExp): Locator {
    return this.page.getByRole('region', { name: typeof fileName === 'string' ? `Migration ${fileName}` : new RegExp(`^Migration ${fileName.source}`) });
  }

  statements(): Locator {
    return this.page.getByRole('listitem').filter({ has: this.page.locator('pre') });
  }

  async saveVersion(): Promise<number> {
    await this.saveVersionButton.click();
    const status = this.page.getByRole('status').filter({ hasText: /Saved version \d+/ });
    await expect(status).toBeVisible();
    return Number(/Saved version (\d+)/.exec((await status.textContent()) ?? '')![1]);
  }

  async pick(from: string | RegExp, to: string | RegExp): Promise<void> {
    await this.from.selectOption({ label: await this.optionLabel(this.from, from) });
    await this.to.selectOption({ label: await this.optionLabel(this.to, to) });
    await this.waitForPlan();
  }

  /** The option's label, once the list has it: the versions load separately from the plan. */
  private async optionLabel(select: Locator, wanted: string | RegExp): Promise<string> {
    const matches = (label: string) => (typeof wanted === 'string' ? label === wanted : wanted.test(label));
    let labels: string[] = [];
    await expect.poll(async () => {
      labels = await select.locator('option').allTextContents();
      return labels.some(matches);
    }, { message: `an option ${String(wanted)} among the choices` }).toBe(true);
    return labels.find(matches)!;
  }
}
