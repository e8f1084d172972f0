import { expect, type Locator, type Page } from '@playwright/test';

/** `/connections`, driven by roles and visible names. */
export class ConnectionsPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/connections');
    await expect(this.page.getByRole('heading', { name: 'Database connections', level: 1 })).toBeVisible();
  }

  target(name: string): Locator {
    return this.page.getByRole('list', { name: 'Targets' }).getByRole('listitem', { name, exact: true });
  }

  async addByUrl(name: string, url: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add connection' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add connection' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('textbox', { name: 'URL' }).fill(url);
    await dialog.getByRole('button', { name: 'Add connection' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.target(name)).toBeVisible();
  }

  async test(name: string): Promise<Locator> {
    await this.target(name).getByRole('button', { name: 'Test' }).click();
    const result = this.target(name).getByRole('status', { name: 'Connection test result' });
    await expect(result).toBeVisible();
    return result;
  }

  /** Introspects into a new diagram and returns its id (the designer opens). */
  async introspect(name: string): Promise<string> {
    await this.target(name).getByRole('button', { name: 'Introspect' }).click();
    await this.page.waitForURL(/\/diagrams\/[0-9a-f-]{36}$/);
    return new URL(this.page.url()).pathname.split('/').pop()!;
  }
}

/** `/diagrams/:id/apply`. */
export class ApplyPage {
  constructor(readonly page: Page) {}

  async goto(diagramId: string): Promise<void> {
    await this.page.goto(`/diagrams/${diagramId}/apply`);
    await expect(this.page.getByRole('heading', { level: 1, name: /^Apply/ })).toBeVisible();
  }

  async chooseTarget(label: RegExp): Promise<void> {
    const select = this.page.getByLabel('Target');
    const option = select.getByRole('option', { name: label });
    await expect(option).toHaveCount(1);
    await select.selectOption({ label: (await option.textContent())! });
  }

  async plan(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Plan', exact: true }).click();
    const plan = this.page.getByRole('region', { name: 'Plan' });
    await expect(plan).toBeVisible();
    return plan;
  }

  outcome(): Locator {
    return this.page.getByRole('region', { name: 'Progress' }).getByRole('status');
  }

  history(): Locator {
    return this.page.getByRole('table', { name: 'History' });
  }
}
