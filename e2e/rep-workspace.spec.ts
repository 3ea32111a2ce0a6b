import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { E2E, signIn } from "./helpers";
import { addUserAsAdmin, signedInPage, uniqueTag } from "./team-helpers";

test("a rep filters and sorts, shares the view by URL, claims a lead, logs a call that meets the 24-hour rule, and exports CSV", async ({
  page,
  browser,
  request,
}) => {
  const tag = uniqueTag();
  const offer = `e2e${tag}.crm-suite`;
  const leads = [
    { first: "Zoe", action: "INS" },
    { first: "Adam", action: "INS" },
    { first: "Mia", action: "PLT" },
  ];
  for (const lead of leads) {
    const response = await request.post(`/api/leads?key=${E2E.ingestKey}`, {
      data: {
        UserDetails: { FirstName: lead.first, LastName: `Buyer${tag}`, Email: `${lead.first.toLowerCase()}.${tag}@customer.example`, Company: `Co ${tag}` },
        LeadSource: `AzureMarketplace-${lead.action}|${offer}`,
        OfferTitle: `CRM Suite ${tag}`,
      },
    });
    expect(response.status()).toBe(201);
  }

  await signIn(page);
  const rep = await addUserAsAdmin(page, { role: "Sales rep", credential: "One-time password", tag });
  const repPage = await signedInPage(browser, rep.email, rep.secret);

  await repPage.goto("/leads");
  await repPage.getByLabel("Search leads by name, email, company or title").fill(`buyer${tag}`);
  await expect(repPage).toHaveURL(new RegExp(`q=buyer${tag}`));
  await expect(repPage.getByText("3 leads match this view")).toBeVisible();

  await repPage.getByRole("button", { name: /^Filter by stage/ }).click();
  await repPage.getByRole("checkbox", { name: "Active" }).check();
  await repPage.keyboard.press("Escape");
  await expect(repPage).toHaveURL(/stage=active/);
  await expect(repPage.getByText("2 leads match this view")).toBeVisible();

  await repPage.getByRole("button", { name: "Sort by Contact" }).click();
  await expect(repPage).toHaveURL(/sort=contact/);
  const names = repPage.locator("tbody tr a[href^='/leads/']");
  await expect(names).toHaveText([`Adam Buyer${tag}`, `Zoe Buyer${tag}`]);
  await repPage.getByRole("button", { name: "Sort by Contact" }).click();
  await expect(repPage).toHaveURL(/dir=desc/);
  await expect(names).toHaveText([`Zoe Buyer${tag}`, `Adam Buyer${tag}`]);

  // The URL is the view: opened elsewhere, it shows the same leads, filters and order.
  const shared = repPage.url();
  const other = await repPage.context().newPage();
  await other.goto(shared);
  await expect(other.getByLabel("Search leads by name, email, company or title")).toHaveValue(`buyer${tag}`);
  await expect(other.getByRole("button", { name: /^Filter by stage/ })).toContainText("Active");
  await expect(other.locator("tbody tr a[href^='/leads/']")).toHaveText([`Zoe Buyer${tag}`, `Adam Buyer${tag}`]);
  await other.close();

  // CSV export of the current view.
  const [download] = await Promise.all([repPage.waitForEvent("download"), repPage.getByRole("link", { name: "Export CSV" }).click()]);
  const csv = readFileSync((await download.path())!, "utf8");
  const csvLines = csv.trim().split("\r\n");
  expect(csvLines[0]).toMatch(/^Lead id,First received/);
  expect(csvLines).toHaveLength(3);
  expect(csvLines[1]).toContain(`Zoe Buyer${tag}`);
  expect(csvLines[2]).toContain(`Adam Buyer${tag}`);

  // Claim Adam's lead and log a call: the clock stops in time, so the badge reads "Met".
  await names.filter({ hasText: "Adam" }).click();
  await expect(repPage.getByRole("heading", { name: `Adam Buyer${tag}` })).toBeVisible();
  await expect(repPage.locator("main header").getByText(/^Due in/)).toBeVisible();
  await repPage.getByRole("button", { name: "Claim this lead" }).click();
  await expect(repPage.getByText("1 lead assigned")).toBeVisible();
  await repPage.getByLabel("Channel").selectOption("call");
  await repPage.getByLabel("Outcome").selectOption("reached");
  await repPage.getByLabel("What happened").fill("Spoke with Adam, demo booked for Thursday.");
  await repPage.getByRole("button", { name: "Log attempt" }).click();
  await expect(repPage.getByText("Contact attempt logged")).toBeVisible();
  await expect(repPage.locator("main header").getByText("Met")).toBeVisible();
  await expect(repPage.getByText("Spoke with Adam, demo booked for Thursday.")).toBeVisible();
  await expect(repPage.locator("main header")).toContainText("Contacted");

  // Back in the table, the lead shows as met and owned by the rep.
  await repPage.goto(shared);
  const adamRow = repPage.getByRole("row").filter({ hasText: "Adam" });
  await expect(adamRow).toContainText("Met");
  await expect(adamRow).toContainText(rep.name);
});

test("a rep's queue lists unassigned leads needing contact, most urgent first, and never test or do-not-contact leads", async ({ page, request }) => {
  const tag = uniqueTag();
  for (const [first, source] of [
    ["Queue", `AppSource (SPZA)-PLT|q${tag}.app`],
    ["Notice", `AppSource (SPZA)-DNC|q${tag}.app`],
  ] as const) {
    await request.post(`/api/leads?key=${E2E.ingestKey}`, {
      data: { UserDetails: { FirstName: first, LastName: tag, Email: `${first.toLowerCase()}.${tag}@customer.example` }, LeadSource: source },
    });
  }
  await signIn(page);
  await page.goto("/queue");
  await expect(page.getByRole("heading", { name: "My queue" })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`Queue ${tag}`) })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`Notice ${tag}`) })).toHaveCount(0);
});
