import { expect, type Browser, type Page } from "@playwright/test";
import { E2E, signIn } from "./helpers";

/** A tag that keeps this run's emails and labels apart from other specs' data in the shared database. */
export function uniqueTag(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

export interface CreatedUser {
  name: string;
  email: string;
  /** The one-time password, or the invitation link, exactly as the admin's screen showed it. */
  secret: string;
}

/** Adds a user through the admin screens, as an admin would, and reads what is shown once. */
export async function addUserAsAdmin(
  page: Page,
  options: { role: "Sales rep" | "Manager" | "Admin"; credential: "One-time password" | "Invitation link"; tag?: string },
): Promise<CreatedUser> {
  const tag = options.tag ?? uniqueTag();
  const name = `${options.role} ${tag}`;
  const email = `${options.role.toLowerCase().replace(/\W+/g, ".")}.${tag}@e2e.example`;
  await page.goto("/admin/users/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("radio", { name: new RegExp(`^${options.role}`) }).check();
  await page.getByRole("radio", { name: new RegExp(`^${options.credential}`) }).check();
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByText(`${name} was added as ${options.role}.`)).toBeVisible();
  const secret = await page.getByLabel(options.credential).inputValue();
  return { name, email, secret };
}

/** A second browser, signed in as someone else: sessions must not mix. */
export async function signedInPage(browser: Browser, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: E2E.baseURL });
  const page = await context.newPage();
  await signIn(page, email, password);
  return page;
}
