import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E, signIn } from "./helpers";

const fixtureDir = path.join(__dirname, "..", "lib", "testing", "fixtures", "marketplace");
const fixtures = readdirSync(fixtureDir).filter((name) => name.endsWith(".json"));

test("a page visited signed-out redirects to sign-in", async ({ page }) => {
  await page.goto("/leads");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fleads/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("a wrong password is refused without saying whether the email exists", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(E2E.adminEmail);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email or password is not right.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("every example payload posted over HTTP appears on the leads page with its offer, action and stage", async ({ page, request }) => {
  for (const name of fixtures) {
    const response = await request.post(`/api/leads?key=${E2E.ingestKey}`, {
      data: readFileSync(path.join(fixtureDir, name), "utf8"),
      headers: { "content-type": "application/json" },
    });
    expect([200, 201], name).toContain(response.status());
  }

  await signIn(page);
  // Test and do-not-contact leads are hidden by default; show them to see every delivery.
  await page.goto("/leads?test=show&dnc=show");

  const row = (text: string) => page.getByRole("row").filter({ hasText: text });
  await expect(row("Amélie Durand")).toContainText("Open edX Cypress");
  await expect(row("Amélie Durand")).toContainText("PLT");
  await expect(row("Amélie Durand")).toContainText("Interest");
  await expect(row("Amélie Durand")).toContainText(/Due in \d+h/);

  await expect(row("Kenji Sato")).toContainText("Check Point CloudGuard Network Security");
  await expect(row("Kenji Sato")).toContainText("Create");
  await expect(row("Kenji Sato")).toContainText("Active");

  await expect(row("Some One")).toContainText("Test Microsoft");
  await expect(row("Some One")).toContainText("INS");

  await expect(row("Priya Natarajan")).toContainText("Do not contact");
  await expect(row("Priya Natarajan")).toContainText("DNC");

  const testLead = row("MSFT_TEST_636573304831318844@test.com");
  await expect(testLead).toContainText("Test");
  await expect(testLead).toContainText("Contoso Test");
});

test("the ingest endpoint refuses a wrong key and names a malformed body", async ({ request }) => {
  const unauthorised = await request.post("/api/leads?key=wrong", { data: "{}" });
  expect(unauthorised.status()).toBe(401);
  const malformed = await request.post(`/api/leads?key=${E2E.ingestKey}`, {
    data: '{"LeadSource": "AzureMarketplace" "ActionCode": "INS"}',
    headers: { "content-type": "text/plain" },
  });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error.message).toMatch(/^body: not valid JSON/);
});

test("health and the OpenAPI description are public", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect((await health.json()).database.ok).toBe(true);
  const openapi = await request.get("/api/openapi.json");
  expect((await openapi.json()).paths["/api/leads"].post).toBeTruthy();
});
