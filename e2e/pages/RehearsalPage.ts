import { expect, type Locator, type Page } from '@playwright/test';

/** `/diagrams/:id/rehearsal`, driven by roles and visible names. */
export class RehearsalPage {
  constructor(readonly page: Page) {}

  async goto(diagramId: string): Promise<void> {
    await this.page.goto(`/diagrams/${diagramId}/rehearsal`);
    await expect(this.page.getByRole('heading', { level: 1, name: /^Rehearse/ })).toBeVisible();
  }

  async setScale(scale: number): Promise<void> {
    await this.page.getByRole('spinbutton', { name: /^Scale/ }).fill(String(scale));
  }

  async setApplyProposals(on: boolean): Promise<void> {
    await this.page.getByRole('checkbox', { name: 'Apply index proposals and compare' }).setChecked(on);
  }

  async run(): Promise<void> {
    await this.page.getByRole('button', { name: 'Run rehearsal' }).click();
  }

  progress(): Locator {
    return this.page.getByRole('region', { name: 'Progress' }).getByRole('log');
  }

  outcome(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^Rehearsed in/ });
  }

  /** The access-pattern table's row for a pattern (its row header is "table: pattern"). */
  patternRow(pattern: string): Locator {
    return this.page.getByRole('table', { name: 'Access patterns' }).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(pattern) }) });
  }

  /** The proposal card for a flagged pattern, with the plans before and after. */
  proposal(table: string, pattern: string): Locator {
    return this.page.getByRole('region', { name: `${table}: ${pattern}` });
  }
}
