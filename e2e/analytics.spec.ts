import { expect, test, type APIRequestContext } from "@playwright/test";
import { E2E, signIn } from "./helpers";
import { addUserAsAdmin, signedInPage, uniqueTag } from "./team-helpers";

/** Leads for two offers of this run only; the server stamps them with today's date (UTC). */
async function postLeads(request: APIRequestContext, tag: string) {
  const leads = [
    { offer: "alpha", title: `Alpha ${tag}`, action: "PLT", first: "Ada" },
    { offer: "alpha", title: `Alpha ${tag}`, action: "StartTestDrive", first: "Ben" },
    { offer: "alpha", title: `Alpha ${tag}`, action: "INS", first: "Cleo" },
    { offer: "beta", title: `Beta ${tag}`, action: "INS", first: "Dan" },
  ];
  for (const lead of leads) {
    const response = await request.post(`/api/leads?key=${E2E.ingestKey}`, {
      data: {
        UserDetails: { FirstName: lead.first, LastName: `Analyst${tag}`, Email: `${lead.first.toLowerCase()}.${tag}@customer.example`, Company: `Co ${tag}` },
        LeadSource: `AzureMarketplace-${lead.action}|e2e${tag}.${lead.offer}`,
        OfferTitle: lead.title,
      },
    });
    expect(response.status()).toBe(201);
  }
}

const utcDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

test("a manager opens the funnel, picks an offer and a date range, and a step opens exactly the leads it counted", async ({ page, browser, request }) => {
  const tag = uniqueTag();
  await postLeads(request, tag);
  await signIn(page);
  const manager = await addUserAsAdmin(page, { role: "Manager", credential: "One-time password", tag });
  const managerPage = await signedInPage(browser, manager.email, manager.secret);

  await managerPage.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Analytics" }).click();
  await expect(managerPage).toHaveURL(/\/analytics\/funnel$/);
  await expect(managerPage.getByRole("heading", { name: "Funnel · All offers" })).toBeVisible();

  // Offer: this run's first offer only.
  await managerPage.getByRole("button", { name: /^Filter by offer/ }).click();
  // The list offers a search box once other specs have added enough offers to the shared database.
  const search = managerPage.getByLabel("Search offer");
  if (await search.count()) await search.fill(tag);
  await managerPage.getByRole("checkbox", { name: new RegExp(`Alpha ${tag}`) }).check();
  await managerPage.keyboard.press("Escape");
  await expect(managerPage).toHaveURL(/offer=/);
  await expect(managerPage.getByRole("heading", { name: "Funnel · Selected offers" })).toBeVisible();

  // Dates that exclude today find nothing; dates that include it find the run's leads again.
  await managerPage.getByLabel("Received from").fill("2020-01-01");
  await managerPage.getByLabel("Received to").fill("2020-01-31");
  await expect(managerPage).toHaveURL(/from=2020-01-01&to=2020-01-31/);
  await expect(managerPage.getByText("No leads match these filters")).toBeVisible();
  await managerPage.getByLabel("Received to").fill(utcDay(1));
  await managerPage.getByLabel("Received from").fill(utcDay(-1));
  await expect(managerPage).toHaveURL(new RegExp(`from=${utcDay(-1)}&to=${utcDay(1)}`));

  const funnel = managerPage.getByRole("table", { name: "Funnel for selected offers" });
  const countOf = (step: string) => funnel.getByRole("row").filter({ hasText: new RegExp(`^${step}`) }).getByRole("cell").first();
  await expect(countOf("Interest")).toHaveText("3");
  await expect(countOf("Trial")).toHaveText("2");
  await expect(countOf("Active")).toHaveText("1");
  await expect(countOf("Contacted")).toHaveText("0");

  // The trial step opens the lead table on exactly the leads it counted.
  const trialLink = funnel.getByRole("link", { name: /reached trial/ });
  const counted = Number((await trialLink.textContent())!.replace(/,/g, ""));
  await trialLink.click();
  await expect(managerPage).toHaveURL(/\/leads\?.*reached=trial/);
  await expect(managerPage.getByText(`${counted} leads match this view`)).toBeVisible();
  await expect(managerPage.locator("tbody tr")).toHaveCount(counted);
  for (const name of [`Ben Analyst${tag}`, `Cleo Analyst${tag}`]) await expect(managerPage.getByRole("link", { name })).toBeVisible();
  await managerPage.context().close();
});

test("a rep cannot open the analytics pages or their API", async ({ page, browser }) => {
  await signIn(page);
  const rep = await addUserAsAdmin(page, { role: "Sales rep", credential: "One-time password" });
  const repPage = await signedInPage(browser, rep.email, rep.secret);
  await expect(repPage.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Analytics" })).toHaveCount(0);

  for (const path of ["/analytics", "/analytics/funnel", "/analytics/follow-up", "/analytics/trends"]) {
    const response = await repPage.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(repPage.getByText("Your role does not open this page")).toBeVisible();
  }
  const api = await repPage.request.get("/api/analytics/funnel");
  expect(api.status()).toBe(403);
  expect((await api.json()).error.field).toBe("role");
  await repPage.context().close();
});
