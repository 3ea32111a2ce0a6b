import { describe, expect, it } from "vitest";
import { fixtureNames, readFixture } from "@/lib/testing/fixtures";
import { interpretDelivery, type InterpretedDelivery } from "./interpret-delivery";

function interpreted(body: unknown): InterpretedDelivery {
  const result = interpretDelivery(typeof body === "string" ? body : JSON.stringify(body));
  if (!result.ok) throw new Error(result.problem.message);
  return result.delivery;
}

describe("interpretDelivery on the example payloads", () => {
  it("accepts every fixture", () => {
    expect(fixtureNames().length).toBeGreaterThanOrEqual(5);
    for (const name of fixtureNames()) expect(interpretDelivery(readFixture(name)).ok, name).toBe(true);
  });

  it("reads an AppSource contact-me from the combined LeadSource form", () => {
    const lead = interpreted(readFixture("appsource-contact-me.json"));
    expect(lead).toMatchObject({ source: "AppSource (SPZA)", action: "PLT", stage: "interest", isTest: false, doNotContact: false });
    expect(lead.offer).toMatchObject({ key: "bitnami.openedxcypress", publisherId: "bitnami", offerId: "openedxcypress", title: "Open edX Cypress" });
    expect(lead.contact.identityKey).toBe("email:amelie.durand@fabrikam.example");
  });

  it("reads the documented HTTPS sample from LeadSource + ActionCode + OfferTitle", () => {
    const lead = interpreted(readFixture("documented-https-sample.json"));
    expect(lead).toMatchObject({ source: "AzureMarketplace", action: "INS", stage: "active" });
    expect(lead.offer.key).toBe("title:test microsoft");
  });

  it("marks a do-not-contact notice", () => {
    const lead = interpreted(readFixture("appsource-do-not-contact.json"));
    expect(lead).toMatchObject({ action: "DNC", stage: null, stageRank: 0, doNotContact: true });
  });

  it("marks Partner Center's validation lead as a test lead", () => {
    expect(interpreted(readFixture("validation-test-lead.json")).isTest).toBe(true);
  });

  it("lets an explicit ActionCode win over the action inside LeadSource", () => {
    const lead = interpreted({ LeadSource: "AzureMarketplace-PLT|contoso.app", ActionCode: "INS", UserDetails: { Email: "a@b.example" } });
    expect(lead.action).toBe("INS");
    expect(lead.stage).toBe("active");
  });
});

describe("interpretDelivery survives the quirks of real deliveries", () => {
  it("matches keys case-insensitively", () => {
    const lead = interpreted({
      userdetails: { firstname: "Ana", EMAIL: "Ana@Example.com " },
      leadsource: "AzureMarketplace",
      actioncode: "INS",
      offertitle: "Contoso",
    });
    expect(lead.contact.email).toBe("Ana@Example.com");
    expect(lead.contact.identityKey).toBe("email:ana@example.com");
    expect(lead.action).toBe("INS");
  });

  it("reads numbers, booleans and nulls as text", () => {
    const lead = interpreted({ UserDetails: { Phone: 16175555555, Email: null, FirstName: "Al", Company: "Co" }, LeadSource: "AzurePortal" });
    expect(lead.contact.phone).toBe("16175555555");
    expect(lead.contact.email).toBe("");
    expect(lead.contact.identityKey).toBe("name:al||co");
  });

  it("keeps unknown sources and action codes verbatim", () => {
    const lead = interpreted({ LeadSource: "Teams Store", ActionCode: "WaitList", OfferTitle: "X", UserDetails: { Email: "x@y.example" } });
    expect(lead.source).toBe("Teams Store");
    expect(lead.action).toBe("WaitList");
    expect(lead.stage).toBe("interest");
  });

  it("accepts a customer who left no personal data, one lead per distinct delivery", () => {
    const lead = interpreted({ UserDetails: {}, LeadSource: "AppSource (SPZA)-PLT|bitnami.openedxcypress" });
    expect(lead.contact.identityKey).toMatch(/^anonymous:[0-9a-f]{64}$/);
  });

  it("names an offer only by title when LeadSource has none, and 'unknown' when neither is sent", () => {
    expect(interpreted({ OfferTitle: "Open edX", UserDetails: { Email: "a@b.c" } }).offer.key).toBe("title:open edx");
    expect(interpreted({ UserDetails: { Email: "a@b.c" } }).offer.key).toBe("unknown");
  });

  it("gives the same canonical hash whatever the key order, key case and surrounding spaces", () => {
    const a = interpreted({ LeadSource: "AzureMarketplace", UserDetails: { Email: "a@b.c", FirstName: "A" } });
    const b = interpreted({ userDetails: { firstName: " A ", email: "a@b.c" }, leadSource: "AzureMarketplace" });
    expect(a.canonicalHash).toBe(b.canonicalHash);
    const c = interpreted({ LeadSource: "AzureMarketplace", UserDetails: { Email: "a@b.c", FirstName: "B" } });
    expect(c.canonicalHash).not.toBe(a.canonicalHash);
  });
});

describe("interpretDelivery names what makes a body unusable", () => {
  it.each([
    ["", "body"],
    ["   ", "body"],
    ['{"UserDetails": {"Email": "a@b.c"} "LeadSource": "AzureMarketplace"}', "body"],
    ["[1,2]", "body"],
    ['"text"', "body"],
    ["{}", "body"],
    ['{"UserDetails": "someone"}', "UserDetails"],
    ['{"UserDetails": {"Email": ["a@b.c"]}, "LeadSource": "AzureMarketplace"}', "UserDetails.Email"],
    ['{"LeadSource": {"name": "AzureMarketplace"}, "UserDetails": {"Email": "a@b.c"}}', "LeadSource"],
  ])("rejects %j, naming %s", (body, field) => {
    const result = interpretDelivery(body);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.field).toBe(field);
      expect(result.problem.message.startsWith(`${field}: `)).toBe(true);
    }
  });

  it("explains a JSON syntax error, such as the missing comma of Microsoft's own sample", () => {
    const result = interpretDelivery('{"LeadSource": "AzureMarketplace" "ActionCode": "INS"}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toMatch(/^body: not valid JSON/);
  });
});
