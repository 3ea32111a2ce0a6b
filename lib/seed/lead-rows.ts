import { followUpDueAt } from "@/lib/follow-up/follow-up-window";
import { canonicalJson, sha256 } from "@/lib/leads/canonical-body";
import { leadContactFields } from "@/lib/leads/lead-contact-fields";
import { isDoNotContact, stageFromRank, stageOfDelivery } from "@/lib/leads/funnel-stage";
import { QUALIFIED_OR_BEYOND, statusRank } from "@/lib/leads/lead-status";
import { containsTestMarker } from "@/lib/leads/test-lead";
import type { CatalogueOffer } from "./catalogue";
import type { SeedBatch } from "./generate-leads";
import { marketplaceBody, validationTestBody } from "./marketplace-body";
import { planLeadEvents, type PlannedEvent } from "./marketplace-events";
import { contactMeNote, type SeedPerson } from "./people";
import { planSalesWork } from "./sales-work";
import type { SeedOwner } from "./sales-team";
import type { SeedContext } from "./seed-context";

export interface LeadInput {
  contactId: string;
  person: SeedPerson;
  /** Set for a Partner Center test customer: the digits of its MSFT_TEST_<digits> values. */
  testDigits: string | null;
  offer: CatalogueOffer;
  firstAt: number;
  preferredOwner: SeedOwner;
}

function dateOrNull(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms);
}

function bodyFor(context: SeedContext, lead: LeadInput, event: PlannedEvent): Record<string, unknown> {
  if (lead.testDigits !== null) return validationTestBody(lead.offer, lead.testDigits);
  const note = event.action === "PLT" ? contactMeNote(context.random, lead.person.language) : "";
  const form = context.random.chance(0.65) ? "combined" : "separate";
  return marketplaceBody(context.random, lead.person, lead.offer, event, note, form);
}

/**
 * One lead's rows: a delivery and an event per marketplace delivery, the lead itself with the
 * fields lib/leads/record-lead.ts would have stored after those deliveries, and the sales
 * team's activities. Returns when the lead last heard from the marketplace.
 */
export function addLead(context: SeedContext, batch: SeedBatch, lead: LeadInput): number {
  const { random, now } = context;
  const planned: PlannedEvent[] = lead.testDigits !== null
    ? [{ at: lead.firstAt, source: "AzureMarketplace", action: "INS", stageRank: 3 }]
    : planLeadEvents(random, lead.offer, lead.firstAt, now);
  const leadId = context.nextId("lead");

  let rank = 0;
  let doNotContact = false;
  let isTest = false;
  planned.forEach((event, index) => {
    const body = bodyFor(context, lead, event);
    const canonical = canonicalJson(body);
    const eventIsTest = containsTestMarker(body);
    const description = String(body.Description ?? body.description ?? "").trim();
    const id = context.nextId("event");
    const deliveryId = id.replace("_event_", "_delivery_");
    const receivedAt = new Date(event.at);
    batch.deliveries.push({
      id: deliveryId,
      receivedAt,
      // Marks journal rows no ingest key delivered; real ones say "env" or "database".
      keySource: "seed",
      contentType: "application/json",
      rawBody: JSON.stringify(body),
      outcome: index === 0 ? "accepted" : "joined",
      leadId,
    });
    batch.events.push({
      id,
      leadId,
      deliveryId,
      canonicalHash: sha256(canonical),
      source: event.source,
      action: event.action,
      stage: stageOfDelivery(event.action, event.source),
      stageRank: event.stageRank,
      offerTitle: lead.offer.title,
      description: description || null,
      isTest: eventIsTest,
      receivedAt,
      payload: canonical,
    });
    rank = Math.max(rank, event.stageRank);
    doNotContact ||= isDoNotContact(event.action);
    isTest ||= eventIsTest;
  });

  const first = planned[0]!;
  const last = planned[planned.length - 1]!;
  const flags = { isTest, doNotContact };
  const dueAt = followUpDueAt(new Date(first.at), flags);
  const owner = random.chance(0.8) ? lead.preferredOwner : context.pickOwner();
  const sales = { firstAt: first.at, stageRank: rank, ...flags, followUpDueAt: dueAt ? dueAt.getTime() : null };
  const work = planSalesWork(random, sales, owner, context.pickManager(), now);
  const { person } = lead;
  batch.leads.push({
    id: leadId,
    contactId: lead.contactId,
    offerId: context.offerId(lead.offer),
    ...leadContactFields(person),
    offerTitle: lead.offer.title,
    stage: stageFromRank(rank),
    stageRank: rank,
    firstSource: first.source,
    latestSource: last.source,
    latestAction: last.action,
    eventCount: planned.length,
    firstReceivedAt: new Date(first.at),
    lastReceivedAt: new Date(last.at),
    status: work.status,
    statusRank: statusRank(work.status),
    lostReason: work.lostReason,
    closedAt: dateOrNull(work.closedAt),
    // As change-lead-status stamps it: the first move to qualified or beyond.
    qualifiedAt: dateOrNull(
      work.activities.find((a) => a.kind === "status" && (QUALIFIED_OR_BEYOND as readonly string[]).includes(a.toValue ?? ""))?.occurredAt ?? null,
    ),
    ownerId: work.ownerId,
    assignedAt: dateOrNull(work.assignedAt),
    ...flags,
    followUpDueAt: dueAt,
    firstContactAt: dateOrNull(work.firstContactAt),
    followUpResult: work.followUpResult,
    contactAttempts: work.contactAttempts,
    lastContactAt: dateOrNull(work.lastContactAt),
    nextTouchDueAt: dateOrNull(work.nextTouchDueAt),
    createdAt: new Date(first.at),
    updatedAt: new Date(Math.max(last.at, work.lastTouchedAt)),
  });
  for (const activity of work.activities) {
    batch.activities.push({
      id: context.nextId("activity"),
      leadId,
      actorId: activity.actorId,
      kind: activity.kind,
      body: activity.body ?? null,
      channel: activity.channel ?? null,
      outcome: activity.outcome ?? null,
      fromValue: activity.fromValue ?? null,
      toValue: activity.toValue ?? null,
      occurredAt: new Date(activity.occurredAt),
      createdAt: new Date(activity.occurredAt),
    });
  }
  return last.at;
}
