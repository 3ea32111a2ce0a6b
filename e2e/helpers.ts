import { expect, type Page } from "@playwright/test";
import { E2E } from "../playwright.config";

export { E2E };

export async function signIn(page: Page, email = E2E.adminEmail, password = E2E.adminPassword) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/leads/);
}
