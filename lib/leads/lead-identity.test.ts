import { describe, expect, it } from "vitest";
import { contactIdentityKey, offerIdentity } from "./lead-identity";

describe("contactIdentityKey", () => {
  it("uses the trimmed, lower-cased email", () => {
    expect(contactIdentityKey({ email: "  Kenji.Sato@Northwind.example ", firstName: "K", lastName: "S", company: "N" })).toBe(
      "email:kenji.sato@northwind.example",
    );
  });

  it("falls back to first name + last name + company when the email is empty", () => {
    const a = contactIdentityKey({ email: "", firstName: "Kenji", lastName: "Sato", company: "Northwind  Traders" });
    const b = contactIdentityKey({ email: " ", firstName: "kenji ", lastName: "SATO", company: "northwind traders" });
    expect(a).toBe(b);
    expect(a).toBe("name:kenji|sato|northwind traders");
  });

  it("is null when the delivery names nobody", () => {
    expect(contactIdentityKey({ email: "", firstName: "", lastName: "", company: "" })).toBeNull();
  });
});

describe("offerIdentity", () => {
  it("prefers publisherid.offerid from LeadSource, case-folded", () => {
    expect(offerIdentity({ key: "Bitnami.OpenEdxCypress", publisherId: "Bitnami", offerId: "OpenEdxCypress" }, "Open edX").key).toBe(
      "bitnami.openedxcypress",
    );
  });
});
