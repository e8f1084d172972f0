import { expect, type Locator, type Page } from '@playwright/test';

export type LinkRole = 'viewer' | 'commenter' | 'editor';

/** The Share dialog of the designer: make a link, read its address once, list and revoke links. */
export class ShareDialog {
  readonly dialog: Locator;
  readonly address: Locator;
  readonly ownerRequired: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Share this diagram' });
    this.address = this.dialog.getByRole('textbox', { name: 'Share link address' });
    this.ownerRequired = this.dialog.getByRole('alert', { name: 'Owner account needed' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(this.dialog).toBeVisible();
  }

  async submit(role: LinkRole, expiry: '1 day' | '7 days' | '30 days' | 'Never', label: string): Promise<void> {
    await this.dialog.getByRole('combobox', { name: 'Link role' }).selectOption(role);
    await this.dialog.getByRole('combobox', { name: 'Link expiry' }).selectOption({ label: expiry });
    await this.dialog.getByRole('textbox', { name: 'Link label' }).fill(label);
    await this.dialog.getByRole('button', { name: 'Create link' }).click();
  }

  /** Makes a link and returns its address (shown only this once). */
  async create(role: LinkRole, expiry: '1 day' | '7 days' | '30 days' | 'Never', label: string): Promise<string> {
    await this.submit(role, expiry, label);
    await expect(this.address).toHaveValue(/\/s\/tcs_[A-Za-z0-9_-]{43}$/);
    const url = await this.address.inputValue();
    await expect(this.row(label)).toContainText('active');
    return url;
  }

  row(label: string): Locator {
    return this.dialog.getByRole('row', { name: `Share link ${label}` });
  }

  async revoke(label: string): Promise<void> {
    await this.row(label).getByRole('button', { name: `Revoke ${label}` }).click();
    await expect(this.row(label)).toContainText('revoked');
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }
}

/** The designer as someone who may only look: the banner, the canvas, a disabled inspector. */
export class ReadOnlyDesigner {
  readonly banner: Locator;
  readonly tables: Locator;
  readonly inspector: Locator;
  readonly addTableButton: Locator;

  constructor(readonly page: Page) {
    this.banner = page.getByRole('status', { name: 'View only' });
    this.tables = page.getByRole('group', { name: /^Table / });
    this.inspector = page.getByRole('complementary', { name: 'Inspector' });
    this.addTableButton = page.getByRole('button', { name: 'Add table' });
  }

  table(name: string): Locator {
    return this.page.getByRole('group', { name: `Table ${name}`, exact: true });
  }

  async tableNames(): Promise<string[]> {
    const labels = await this.tables.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
    return labels.map((label) => label.replace(/^Table /, '')).sort();
  }
}

/** Where a revoked, expired or unknown link leads. */
export const INACTIVE_LINK_HEADING = 'This link is invalid or no longer active';
