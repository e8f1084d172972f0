import { expect, type Locator, type Page } from '@playwright/test';

/** The problems panel of the designer: the server-side design check, its findings, fixes and acceptances. */
export class ProblemsPanel {
  readonly toggle: Locator;
  readonly panel: Locator;
  readonly checkState: Locator;

  constructor(readonly page: Page) {
    this.toggle = page.getByRole('button', { name: /^Problems/ });
    this.panel = page.getByRole('complementary', { name: 'Problems' });
    this.checkState = this.panel.getByRole('status', { name: 'Check state' });
  }

  async open(): Promise<void> {
    if ((await this.toggle.getAttribute('aria-pressed')) !== 'true') await this.toggle.click();
    await expect(this.panel).toBeVisible();
  }

  /** Waits until the check of the latest edit has answered. */
  async waitForCheck(): Promise<void> {
    await expect(this.checkState).not.toHaveText('Checking…');
    await expect(this.checkState).not.toHaveText('');
  }

  table(name: string): Locator {
    return this.panel.getByRole('region', { name: `Problems in ${name}`, exact: true });
  }

  /** The findings of one table with this code. */
  findings(table: string, code: string): Locator {
    return this.table(table).getByRole('listitem', { name: `Finding ${code}`, exact: true });
  }

  /** The count of open findings of a category, as the filter shows it: `Normalization (2)`. */
  async categoryCount(label: string): Promise<number> {
    const text = await this.panel.getByRole('group', { name: 'Categories' }).locator('label').filter({ hasText: label }).innerText();
    const match = /\((\d+)\)/.exec(text);
    if (!match) throw new Error(`no count in "${text}"`);
    return Number(match[1]);
  }

  async applyFix(finding: Locator): Promise<void> {
    await finding.getByRole('button', { name: 'Preview fix' }).click();
    await expect(finding.getByRole('region', { name: 'Fix preview' })).toBeVisible();
    await finding.getByRole('button', { name: 'Apply fix' }).click();
  }

  async accept(finding: Locator, justification: string, evidence = ''): Promise<void> {
    await finding.getByRole('button', { name: 'Accept with justification…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Accept with justification' });
    await dialog.getByRole('textbox', { name: 'Justification' }).fill(justification);
    if (evidence) await dialog.getByRole('textbox', { name: 'Evidence' }).fill(evidence);
    await dialog.getByRole('button', { name: 'Accept' }).click();
    await expect(dialog).toBeHidden();
  }
}
