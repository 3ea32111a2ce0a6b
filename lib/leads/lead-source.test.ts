import { describe, expect, it } from "vitest";
import { parseLeadSource } from "./lead-source";

describe("parseLeadSource", () => {
  it.each([
    ["AzureMarketplace", "AzureMarketplace", null, null],
    ["AzurePortal", "AzurePortal", null, null],
    ["AppSource (SPZA)", "AppSource (SPZA)", null, null],
    ["SPZA", "SPZA", null, null],
    ["TestDrive", "TestDrive", null, null],
    ["AzureMarketplace-INS|checkpoint.check-point-r77-10sg-byol", "AzureMarketplace", "INS", "checkpoint.check-point-r77-10sg-byol"],
    ["AppSource (SPZA)-PLT|bitnami.openedxcypress", "AppSource (SPZA)", "PLT", "bitnami.openedxcypress"],
    ["AppSource (SPZA)-DNC|docusign.3701c77e-1cfa-4c56-91e6-3ed0b622145a", "AppSource (SPZA)", "DNC", "docusign.3701c77e-1cfa-4c56-91e6-3ed0b622145a"],
    ["AzurePortal-Create|checkpoint.check-point-r77-10sg-byol", "AzurePortal", "Create", "checkpoint.check-point-r77-10sg-byol"],
    ["AzureMarketplace-INS | checkpoint.check-point-r77-10sg-byol", "AzureMarketplace", "INS", "checkpoint.check-point-r77-10sg-byol"],
    ["  AppSource (SPZA) - PLT  |  bitnami.openedxcypress  ", "AppSource (SPZA)", "PLT", "bitnami.openedxcypress"],
    ["SPZA-StartTestDrive|contoso.crm-suite", "SPZA", "StartTestDrive", "contoso.crm-suite"],
    ["NewMarketplace-FreeTrial|contoso.app", "NewMarketplace", "FreeTrial", "contoso.app"],
    ["AzureMarketplace|bitnami.openedxcypress", "AzureMarketplace", null, "bitnami.openedxcypress"],
  ])("reads %j as source, action and offer", (value, source, action, offerKey) => {
    const parsed = parseLeadSource(value);
    expect(parsed.source).toBe(source);
    expect(parsed.action).toBe(action);
    expect(parsed.offer?.key ?? null).toBe(offerKey);
  });

  it("splits the offer into publisher id and offer id at the first dot only", () => {
    expect(parseLeadSource("AzureMarketplace-INS|docusign.3701c77e-1cfa.v2").offer).toEqual({
      key: "docusign.3701c77e-1cfa.v2",
      publisherId: "docusign",
      offerId: "3701c77e-1cfa.v2",
    });
  });

  it("keeps an offer without a publisher part as an offer id", () => {
    expect(parseLeadSource("AzureMarketplace-INS|lonely-offer").offer).toEqual({
      key: "lonely-offer",
      publisherId: null,
      offerId: "lonely-offer",
    });
  });

  it("returns nothing for an empty or missing value", () => {
    expect(parseLeadSource("")).toEqual({ source: null, action: null, offer: null });
    expect(parseLeadSource(undefined)).toEqual({ source: null, action: null, offer: null });
    expect(parseLeadSource("   |  ")).toEqual({ source: null, action: null, offer: null });
  });

  it("keeps an unknown source and action verbatim", () => {
    expect(parseLeadSource("Teams Store-Preview|contoso.app")).toMatchObject({ source: "Teams Store", action: "Preview" });
    expect(parseLeadSource("Partner Portal")).toMatchObject({ source: "Partner Portal", action: null });
  });
});
