import { canonicalJson, sha256 } from "./canonical-body";
import { isDoNotContact, stageOfDelivery, stageRank, type FunnelStage } from "./funnel-stage";
import { parseLeadSource } from "./lead-source";
import { contactIdentityKey, offerIdentity, type OfferIdentity } from "./lead-identity";
import { isPlainObject, marketplaceLeadSchema, normaliseKeyCase } from "./marketplace-lead-schema";
import { containsTestMarker } from "./test-lead";

export interface InterpretedDelivery {
  contact: {
    identityKey: string;
    email: string;
    firstName: string;
    lastName: string;
    company: string;
    title: string;
    phone: string;
    country: string;
  };
  offer: OfferIdentity;
  source: string | null;
  action: string | null;
  stage: FunnelStage | null;
  stageRank: number;
  description: string;
  offerTitle: string;
  isTest: boolean;
  doNotContact: boolean;
  canonicalJson: string;
  canonicalHash: string;
}

export interface DeliveryProblem {
  /** The field at fault, as the sender spells it in Microsoft's documentation ("body" for the whole). */
  field: string;
  message: string;
}

export type Interpretation =
  | { ok: true; delivery: InterpretedDelivery }
  | { ok: false; problem: DeliveryProblem };

function fail(field: string, message: string): Interpretation {
  return { ok: false, problem: { field, message: `${field}: ${message}` } };
}

function jsonErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `not valid JSON (${message})`;
}

/** Turns a delivery's raw text into a lead, or names what makes it unusable. Pure: no I/O. */
export function interpretDelivery(rawBody: string): Interpretation {
  const text = rawBody.replace(/^\uFEFF/, "");
  if (!text.trim()) return fail("body", "empty; expected a JSON object with UserDetails, LeadSource and OfferTitle");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return fail("body", jsonErrorMessage(error));
  }
  if (!isPlainObject(parsed)) return fail("body", "expected a JSON object");

  const result = marketplaceLeadSchema.safeParse(normaliseKeyCase(parsed));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return fail(issue.path.length ? issue.path.join(".") : "body", issue.message);
  }
  const lead = result.data;
  const details = lead.UserDetails;

  const leadSource = parseLeadSource(lead.LeadSource);
  // When both carry an action, the explicit ActionCode wins.
  const action = lead.ActionCode || leadSource.action;
  const offer = offerIdentity(leadSource.offer, lead.OfferTitle);
  const canonical = canonicalJson(parsed);
  const canonicalHash = sha256(canonical);

  const identity = contactIdentityKey({
    email: details.Email,
    firstName: details.FirstName,
    lastName: details.LastName,
    company: details.Company,
  });
  if (!identity && !leadSource.source && offer.key === "unknown" && !action) {
    return fail("body", "no lead data: UserDetails, LeadSource, ActionCode and OfferTitle are all missing or empty");
  }

  const stage = stageOfDelivery(action, leadSource.source);
  return {
    ok: true,
    delivery: {
      contact: {
        // A customer who left no personal data is still a lead: one per distinct delivery.
        identityKey: identity ?? `anonymous:${canonicalHash}`,
        email: details.Email,
        firstName: details.FirstName,
        lastName: details.LastName,
        company: details.Company,
        title: details.Title,
        phone: details.Phone,
        country: details.Country,
      },
      offer,
      source: leadSource.source,
      action: action || null,
      stage,
      stageRank: stageRank(stage),
      description: lead.Description,
      offerTitle: lead.OfferTitle,
      isTest: containsTestMarker(parsed),
      doNotContact: isDoNotContact(action),
      canonicalJson: canonical,
      canonicalHash,
    },
  };
}
