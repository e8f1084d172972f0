import { expect, type Locator, type Page } from '@playwright/test';

/** The designer's Comments panel: threads on tables and columns, replies, resolve and reopen. */
export class CommentsPanel {
  readonly toggle: Locator;
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.toggle = page.getByRole('button', { name: 'Comments', exact: true });
    this.panel = page.getByRole('complementary', { name: 'Comments' });
  }

  async open(): Promise<void> {
    if ((await this.toggle.getAttribute('aria-pressed')) !== 'true') await this.toggle.click();
    await expect(this.panel).toBeVisible();
  }

  /** Starts a thread from the new-thread form: `on` is `orders` (the table) or `orders.total`. */
  async startThread(on: string, body: string): Promise<void> {
    const target = this.panel.getByRole('combobox', { name: 'Comment on' });
    await target.selectOption({ label: on.includes('.') ? on : `${on} (the table)` });
    await this.panel.getByRole('textbox', { name: 'New comment' }).fill(body);
    await this.panel.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect(this.thread(on)).toContainText(body);
  }

  /** A thread of the list shown now (open or resolved), by what it is about. */
  thread(on: string): Locator {
    return this.panel.getByRole('listitem', { name: `Thread on ${on}`, exact: true });
  }

  async reply(on: string, body: string): Promise<void> {
    const thread = this.thread(on);
    await thread.getByRole('textbox', { name: 'Reply' }).fill(body);
    await thread.getByRole('button', { name: 'Reply', exact: true }).click();
    await expect(thread.getByRole('listitem', { name: /^Comment by / }).filter({ hasText: body })).toBeVisible();
  }

  /** Shows the open or the resolved threads. */
  async show(status: 'Open' | 'Resolved'): Promise<void> {
    const tab = this.panel.getByRole('tab', { name: new RegExp(`^${status} `) });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }
}
