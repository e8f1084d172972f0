import { expect, type Locator, type Page } from '@playwright/test';

export interface AccountDetails {
  email: string;
  name: string;
  password: string;
}

/** /setup, /sign-up and /sign-in share one form: email, (name,) password. */
class AccountFormPage {
  constructor(readonly page: Page, private readonly path: string, private readonly submitLabel: string) {}

  async goto(): Promise<void> {
    await this.page.goto(this.path);
    await expect(this.submitButton).toBeVisible();
  }

  get submitButton(): Locator {
    return this.page.getByRole('button', { name: this.submitLabel });
  }

  async submit(account: Partial<AccountDetails> & Pick<AccountDetails, 'email' | 'password'>): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Email' }).fill(account.email);
    if (account.name !== undefined) await this.page.getByRole('textbox', { name: 'Name' }).fill(account.name);
    await this.page.getByLabel('Password').fill(account.password);
    await this.submitButton.click();
  }
}

export class SetupPage extends AccountFormPage {
  constructor(page: Page) {
    super(page, '/setup', 'Create owner account');
  }
}

export class SignUpPage extends AccountFormPage {
  constructor(page: Page) {
    super(page, '/sign-up', 'Create account');
  }
}

export class SignInPage extends AccountFormPage {
  readonly heading: Locator;

  constructor(page: Page) {
    super(page, '/sign-in', 'Sign in');
    this.heading = page.getByRole('heading', { name: 'Sign in', level: 1 });
  }
}

/** The account corner of the home screen and the designer header. */
export class AccountMenu {
  readonly singleUserEntry: Locator;
  readonly workspaceSwitcher: Locator;

  constructor(readonly page: Page) {
    this.singleUserEntry = page.getByRole('link', { name: /Single-user mode/ });
    this.workspaceSwitcher = page.getByRole('combobox', { name: 'Workspace' });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name: `Account: ${name}` });
  }

  async open(name: string): Promise<Locator> {
    await this.button(name).click();
    const menu = this.page.getByRole('menu', { name: 'Account' });
    await expect(menu).toBeVisible();
    return menu;
  }

  async openMembers(name: string): Promise<MembersPage> {
    await (await this.open(name)).getByRole('menuitem', { name: /^Members/ }).click();
    const members = new MembersPage(this.page);
    await expect(members.heading).toBeVisible();
    return members;
  }

  async signOut(name: string): Promise<void> {
    await (await this.open(name)).getByRole('menuitem', { name: 'Sign out' }).click();
  }

  async switchTo(workspace: RegExp): Promise<void> {
    const option = this.workspaceSwitcher.getByRole('option', { name: workspace });
    await this.workspaceSwitcher.selectOption({ label: (await option.textContent()) ?? '' });
  }
}

/** /workspaces/:id/members */
export class MembersPage {
  readonly heading: Locator;
  readonly addForm: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: /^Members/, level: 1 });
    this.addForm = page.getByRole('form', { name: 'Add a member' });
  }

  member(email: string): Locator {
    return this.page.getByRole('listitem', { name: email, exact: true });
  }

  invitation(email: string): Locator {
    return this.page.getByRole('listitem', { name: `Invitation for ${email}` });
  }

  async add(email: string, role: 'owner' | 'editor' | 'commenter' | 'viewer'): Promise<void> {
    await this.addForm.getByRole('textbox', { name: 'Email' }).fill(email);
    await this.addForm.getByRole('combobox', { name: 'Role' }).selectOption(role);
    await this.addForm.getByRole('button', { name: 'Add' }).click();
    await expect(this.addForm.getByRole('status')).toBeVisible();
  }
}
