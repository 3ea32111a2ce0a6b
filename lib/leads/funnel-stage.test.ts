import { describe, expect, it } from "vitest";
import { isDoNotContact, stageOfDelivery, stageRank } from "./funnel-stage";

describe("stageOfDelivery", () => {
  it.each([
    ["PLT", "AppSource (SPZA)", "interest"],
    ["StartTestDrive", "AzureMarketplace", "trial"],
    ["FreeTrial", "AzureMarketplace", "trial"],
    ["INS", "AzureMarketplace", "active"],
    ["ins", "AzureMarketplace", "active"],
    ["Create", "AzurePortal", "active"],
    ["SomethingNew", "AzureMarketplace", "interest"],
    [null, "TestDrive", "trial"],
    [null, "AzureMarketplace", "interest"],
  ])("maps action %j from %j to %j", (action, source, stage) => {
    expect(stageOfDelivery(action, source)).toBe(stage);
  });

  it("gives a do-not-contact notice no stage", () => {
    expect(stageOfDelivery("DNC", "AppSource (SPZA)")).toBeNull();
    expect(isDoNotContact("dnc")).toBe(true);
    expect(isDoNotContact("INS")).toBe(false);
  });

  it("orders stages interest < trial < active", () => {
    expect(stageRank("interest")).toBeLessThan(stageRank("trial"));
    expect(stageRank("trial")).toBeLessThan(stageRank("active"));
    expect(stageRank(null)).toBe(0);
  });
});
