import { expect, test } from "@playwright/test";
import { ACCESS_RULES } from "../lib/auth/access-rules";
import { samplePath } from "../lib/testing/app-routes";
import { signIn } from "./helpers";
import { addUserAsAdmin, signedInPage } from "./team-helpers";

const managerOrAdmin = ACCESS_RULES.filter((rule) => rule.access === "manager" || rule.access === "admin");

test("a rep cannot reach any admin or manager page or API, and sees none of them in the navigation", async ({ page, browser }) => {
  expect(managerOrAdmin.length).toBeGreaterThan(5);
  await signIn(page);
  const rep = await addUserAsAdmin(page, { role: "Sales rep", credential: "One-time password" });
  const repPage = await signedInPage(browser, rep.email, rep.secret);

  const nav = repPage.getByRole("navigation", { name: "Main" }).first();
  await expect(nav.getByRole("link", { name: "Leads" })).toBeVisible();
  for (const hidden of ["Users", "Ingest keys", "Delivery journal", "Audit log", "Analytics"]) {
    await expect(nav.getByRole("link", { name: hidden })).toHaveCount(0);
  }

  for (const rule of managerOrAdmin) {
    const path = samplePath(rule.path);
    if (path.startsWith("/api/")) {
      for (const method of rule.methods ?? ["GET"]) {
        const response = await repPage.request.fetch(path, { method, maxRedirects: 0 });
        expect(response.status(), `${method} ${path}`).toBe(403);
      }
      continue;
    }
    const response = await repPage.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(repPage.getByText("Your role does not open this page"), path).toBeVisible();
  }

  // A server action posted to an admin page is refused before it runs.
  const action = await repPage.request.post("/admin/users/new", { headers: { "next-action": "0".repeat(40) }, form: { name: "x" }, maxRedirects: 0 });
  expect(action.status()).toBe(403);

  // Their own account is theirs to change.
  await repPage.goto("/account");
  await repPage.getByLabel("Name", { exact: true }).fill(`${rep.name} Renamed`);
  await repPage.getByRole("button", { name: "Save name" }).click();
  await expect(repPage.getByText("Name saved.")).toBeVisible();
  await repPage.context().close();
});
