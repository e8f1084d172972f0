import { expect, type Locator, type Page } from '@playwright/test';
import { DesignerPage } from './DesignerPage';

export type TemplateName = 'Blank diagram' | 'E-commerce orders' | 'Multi-tenant SaaS' | 'Events partitioned by month' | 'RAG documents with embeddings';

/** The diagram list at `/`, driven the way a person uses it: by roles and visible names. */
export class HomePage {
  readonly heading: Locator;
  readonly newDiagramButton: Locator;

  constructor(readonly page: Page, private readonly baseUrl = '') {
    this.heading = page.getByRole('heading', { name: 'Diagrams', level: 1 });
    this.newDiagramButton = page.getByRole('button', { name: 'New diagram' });
  }

  async goto(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/`);
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByText('Loading diagrams…')).toBeHidden();
  }

  /** The row of the diagram with exactly this name. */
  row(name: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  link(name: string): Locator {
    return this.page.getByRole('link', { name, exact: true });
  }

  async createFromTemplate(template: TemplateName, name: string): Promise<DesignerPage> {
    await this.newDiagramButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'New diagram' });
    await dialog.getByRole('radio', { name: new RegExp(`^${template}`) }).check();
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('button', { name: 'Create diagram' }).click();
    await this.page.waitForURL(/\/diagrams\/[0-9a-f-]{36}$/);
    const designer = new DesignerPage(this.page);
    await designer.waitUntilOpen();
    return designer;
  }

  async rename(from: string, to: string): Promise<void> {
    await this.row(from).getByRole('button', { name: 'Rename' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Rename diagram' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(to);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  }

  async duplicate(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: 'Duplicate' }).click();
  }

  /** Opens the confirmation for deleting a diagram and returns it. */
  async askToDelete(name: string): Promise<Locator> {
    await this.row(name).getByRole('button', { name: 'Delete' }).click();
    const dialog = this.page.getByRole('dialog', { name: `Delete diagram “${name}”?` });
    await expect(dialog).toBeVisible();
    return dialog;
  }
}
