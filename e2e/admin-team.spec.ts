import { expect, test } from "@playwright/test";
import { E2E, signIn } from "./helpers";
import { addUserAsAdmin, signedInPage, uniqueTag } from "./team-helpers";

const brokenLead = (tag: string) =>
  `{"UserDetails": {"FirstName": "Journal", "LastName": "${tag}", "Email": "journal.${tag}@northwind.example", "Company": "Northwind"} "LeadSource": "AzureMarketplace-INS|northwind.ops", "OfferTitle": "Northwind Ops"}`;

test("an admin creates a rep and a key, sends a test lead, revokes the key, and repairs and replays a rejected delivery", async ({ page, context, request, browser }) => {
  const tag = uniqueTag();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page);

  // A new rep, with a one-time password that works.
  const rep = await addUserAsAdmin(page, { role: "Sales rep", credential: "One-time password", tag });
  expect(rep.secret).toMatch(/^\S{16,}$/);
  const repPage = await signedInPage(browser, rep.email, rep.secret);
  await expect(repPage.getByRole("navigation", { name: "Main" }).first()).not.toContainText("Users");
  await repPage.context().close();

  // A key, shown once with the endpoint URL to paste into Partner Center.
  await page.goto("/admin/keys");
  const label = `Partner Center ${tag}`;
  await page.getByLabel("Label").fill(label);
  await page.getByRole("button", { name: "Create key" }).click();
  const endpointUrl = await page.getByLabel("Endpoint URL for Partner Center").inputValue();
  expect(endpointUrl).toMatch(new RegExp(`^${E2E.baseURL}/api/leads\\?key=lk_`));
  await page.getByRole("button", { name: "Copy Endpoint URL for Partner Center" }).click();
  await expect(page.getByRole("button", { name: "Copied" }).first()).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(endpointUrl);

  // "Send a test lead" goes through the real endpoint and lands in the journal as accepted.
  await page.getByRole("button", { name: "Send a test lead" }).click();
  await expect(page.getByText("Delivered: the endpoint answered 201 (accepted).")).toBeVisible();
  await page.getByRole("button", { name: "Done, I copied it" }).click();
  await expect(page.getByLabel("Endpoint URL for Partner Center")).toHaveCount(0);
  const keyRow = page.getByRole("row").filter({ hasText: label });
  await expect(keyRow).toContainText("Admin");
  await expect(keyRow.getByRole("link", { name: /^1 deliveries/ })).toBeVisible();

  // Revoked: the very next delivery with that key is refused.
  await keyRow.getByRole("button", { name: "Revoke…" }).click();
  await keyRow.getByRole("button", { name: "Revoke key" }).click();
  await expect(keyRow).toContainText("Revoked");
  const refused = await request.post(endpointUrl, { data: { UserDetails: { Email: `after.revoke.${tag}@e2e.example` } } });
  expect(refused.status()).toBe(401);

  // A rejected delivery, repaired and replayed from the journal; the original body stays.
  const rejected = await request.post(`/api/leads?key=${E2E.ingestKey}`, {
    data: Buffer.from(brokenLead(tag)),
    headers: { "content-type": "application/json" },
  });
  expect(rejected.status()).toBe(400);
  await page.goto("/admin/journal?outcome=rejected");
  const journalRow = page.getByRole("row").filter({ hasText: `journal.${tag}@northwind.example` });
  await expect(journalRow).toContainText("Rejected");
  await expect(journalRow).toContainText("body: not valid JSON");
  await journalRow.getByRole("link").first().click();
  await expect(page.getByText("Why it was rejected")).toBeVisible();
  await page.getByLabel("Corrected body").fill(brokenLead(tag).replace('} "LeadSource"', '}, "LeadSource"'));
  await page.getByRole("button", { name: "Replay with this body" }).click();
  await expect(page.getByRole("heading", { name: "Delivery" })).toBeVisible();
  await expect(page.getByText("Became a new lead")).toBeVisible();
  await expect(page.getByLabel("Body as received")).toHaveText(brokenLead(tag));
  await expect(page.getByLabel(/^Correction ·/)).toContainText('}, "LeadSource"');
  await expect(page.getByRole("link", { name: /Journal .* · Northwind Ops/ })).toBeVisible();

  // Every change is in the audit log.
  await page.goto("/admin/audit");
  await expect(page.getByRole("row").filter({ hasText: "Added user" }).filter({ hasText: rep.name })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Revoked ingest key" }).filter({ hasText: label })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Corrected and replayed delivery" }).first()).toBeVisible();
});

test("deactivating a user ends their session at once and they cannot sign in again", async ({ page, browser }) => {
  await signIn(page);
  const rep = await addUserAsAdmin(page, { role: "Sales rep", credential: "One-time password" });
  const repPage = await signedInPage(browser, rep.email, rep.secret);

  await page.getByRole("link", { name: `Open ${rep.name}` }).click();
  await page.getByRole("button", { name: "Deactivate…" }).click();
  await page.getByRole("button", { name: `Deactivate ${rep.name}` }).click();
  await expect(page.getByText("Deactivated: their sessions have ended")).toBeVisible();

  await repPage.goto("/leads");
  await expect(repPage).toHaveURL(/\/sign-in/);
  await repPage.getByLabel("Email").fill(rep.email);
  await repPage.getByLabel("Password").fill(rep.secret);
  await repPage.getByRole("button", { name: "Sign in" }).click();
  await expect(repPage.getByText("Email or password is not right.")).toBeVisible();
  await repPage.context().close();
});

test("an invited manager sets a password through the link, signs in, and keeps it when changing it", async ({ page, browser }) => {
  await signIn(page);
  const manager = await addUserAsAdmin(page, { role: "Manager", credential: "Invitation link" });
  expect(manager.secret).toMatch(new RegExp(`^${E2E.baseURL}/invite/`));

  const context = await browser.newContext({ baseURL: E2E.baseURL });
  const invited = await context.newPage();
  await invited.goto(manager.secret);
  await expect(invited.getByRole("heading", { name: `Welcome, ${manager.name}` })).toBeVisible();
  await invited.getByLabel("New password", { exact: true }).fill("manager first password");
  await invited.getByLabel("Confirm new password").fill("manager first password");
  await invited.getByRole("button", { name: "Set password" }).click();
  await expect(invited.getByText("Your password is set.")).toBeVisible();
  await expect(invited.getByLabel("Email")).toHaveValue(manager.email);
  await invited.getByLabel("Password").fill("manager first password");
  await invited.getByRole("button", { name: "Sign in" }).click();
  await expect(invited).toHaveURL(/\/leads/);

  // The link works once.
  await invited.goto(manager.secret);
  await expect(invited.getByRole("heading", { name: "This invitation link no longer works" })).toBeVisible();

  // Changing your own password keeps this session and ends the others.
  await invited.goto("/account");
  await invited.getByLabel("Current password").fill("manager first password");
  await invited.getByLabel("New password", { exact: true }).fill("manager second password");
  await invited.getByLabel("Confirm new password").fill("manager second password");
  await invited.getByRole("button", { name: "Change password" }).click();
  await expect(invited.getByText("Password changed.")).toBeVisible();
  await invited.goto("/leads");
  await expect(invited).toHaveURL(/\/leads/);
  await context.close();
});

test("session cookies are HttpOnly and SameSite", async ({ page, context }) => {
  await signIn(page);
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(session!.expires).toBeGreaterThan(Date.now() / 1000);
  expect(session!.expires).toBeLessThanOrEqual(Date.now() / 1000 + 12 * 3600 + 60);
});
