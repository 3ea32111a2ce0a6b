import type { Tx } from "@/lib/db/client";
import { followUpDueAt } from "@/lib/follow-up/follow-up-window";
import { stageFromRank } from "./funnel-stage";
import { leadContactFields } from "./lead-contact-fields";
import type { InterpretedDelivery } from "./interpret-delivery";
import { titleKey, UNKNOWN_OFFER_KEY, type OfferIdentity } from "./lead-identity";

export type RecordOutcome = "accepted" | "joined" | "replay";

export interface RecordedLead {
  outcome: RecordOutcome;
  leadId: string;
  eventId: string | null;
}

function nonEmpty(value: string): string | undefined {
  return value ? value : undefined;
}

async function findOrCreateOffer(tx: Tx, offer: OfferIdentity): Promise<string> {
  const existing = await tx.offer.findUnique({ where: { offerKey: offer.key }, select: { id: true, title: true } });
  if (existing) {
    if (!existing.title && offer.title) {
      await tx.offer.update({ where: { id: existing.id }, data: { title: offer.title, titleKey: titleKey(offer.title) } });
    }
    return existing.id;
  }
  // A delivery that names its offer only by title joins the offer already known by that title.
  if (!offer.publisherId && !offer.offerId && offer.key !== UNKNOWN_OFFER_KEY) {
    const byTitle = await tx.offer.findFirst({
      where: { titleKey: titleKey(offer.title) },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    if (byTitle) return byTitle.id;
  }
  const created = await tx.offer.create({
    data: {
      offerKey: offer.key,
      publisherId: offer.publisherId,
      offerId: offer.offerId,
      title: offer.title ?? (offer.key === UNKNOWN_OFFER_KEY ? "Unknown offer" : offer.offerId),
      titleKey: titleKey(offer.title),
    },
    select: { id: true },
  });
  return created.id;
}

async function upsertContact(tx: Tx, delivery: InterpretedDelivery) {
  const c = delivery.contact;
  // Later deliveries refresh what they carry; an empty field never erases a known value.
  const refreshed = {
    email: nonEmpty(c.email),
    firstName: nonEmpty(c.firstName),
    lastName: nonEmpty(c.lastName),
    company: nonEmpty(c.company),
    title: nonEmpty(c.title),
    phone: nonEmpty(c.phone),
    country: nonEmpty(c.country),
  };
  return tx.contact.upsert({
    where: { identityKey: c.identityKey },
    create: { identityKey: c.identityKey, ...refreshed, isTest: delivery.isTest },
    update: { ...refreshed, ...(delivery.isTest ? { isTest: true } : {}) },
    select: { id: true, email: true, firstName: true, lastName: true, company: true, title: true, country: true },
  });
}

/**
 * Records one interpreted delivery on its lead, inside the caller's transaction: an exact replay
 * adds nothing; otherwise the delivery becomes an event on the contact's lead for the offer,
 * creating contact, offer and lead as needed.
 */
export async function recordLead(
  tx: Tx,
  deliveryId: string,
  receivedAt: Date,
  delivery: InterpretedDelivery,
): Promise<RecordedLead> {
  const replayOf = await tx.leadEvent.findUnique({
    where: { canonicalHash: delivery.canonicalHash },
    select: { leadId: true },
  });
  if (replayOf) {
    await tx.delivery.update({ where: { id: deliveryId }, data: { outcome: "replay", leadId: replayOf.leadId, error: null, errorField: null } });
    return { outcome: "replay", leadId: replayOf.leadId, eventId: null };
  }

  const offerId = await findOrCreateOffer(tx, delivery.offer);
  const contact = await upsertContact(tx, delivery);
  const shown = leadContactFields(contact);
  const offerTitle = delivery.offerTitle || delivery.offer.title || delivery.offer.offerId || "";

  const existing = await tx.lead.findUnique({
    where: { contactId_offerId: { contactId: contact.id, offerId } },
    select: {
      id: true,
      stageRank: true,
      isTest: true,
      doNotContact: true,
      followUpDueAt: true,
      firstReceivedAt: true,
      lastReceivedAt: true,
      offerTitle: true,
    },
  });

  let leadId: string;
  let outcome: RecordOutcome;
  if (!existing) {
    const flags = { isTest: delivery.isTest, doNotContact: delivery.doNotContact };
    const dueAt = followUpDueAt(receivedAt, flags);
    const created = await tx.lead.create({
      data: {
        contactId: contact.id,
        offerId,
        ...shown,
        offerTitle,
        stage: delivery.stage,
        stageRank: delivery.stageRank,
        firstSource: delivery.source,
        latestSource: delivery.source,
        latestAction: delivery.action,
        eventCount: 1,
        firstReceivedAt: receivedAt,
        lastReceivedAt: receivedAt,
        ...flags,
        followUpDueAt: dueAt,
        nextTouchDueAt: dueAt,
      },
      select: { id: true },
    });
    leadId = created.id;
    outcome = "accepted";
  } else {
    const flags = {
      isTest: existing.isTest || delivery.isTest,
      doNotContact: existing.doNotContact || delivery.doNotContact,
    };
    const rank = Math.max(existing.stageRank, delivery.stageRank);
    // The clock starts at the first qualifying event and never moves once started.
    const dueAt = flags.isTest || flags.doNotContact ? null : existing.followUpDueAt ?? followUpDueAt(receivedAt, flags);
    await tx.lead.update({
      where: { id: existing.id },
      data: {
        ...shown,
        offerTitle: existing.offerTitle || offerTitle,
        stage: stageFromRank(rank),
        stageRank: rank,
        latestSource: delivery.source ?? undefined,
        latestAction: delivery.action ?? undefined,
        eventCount: { increment: 1 },
        lastReceivedAt: receivedAt > existing.lastReceivedAt ? receivedAt : existing.lastReceivedAt,
        ...flags,
        followUpDueAt: dueAt,
        // A do-not-contact notice takes the lead out of every queue for good.
        ...(dueAt === null ? { nextTouchDueAt: null } : {}),
      },
    });
    leadId = existing.id;
    outcome = "joined";
  }

  const event = await tx.leadEvent.create({
    data: {
      leadId,
      deliveryId,
      canonicalHash: delivery.canonicalHash,
      source: delivery.source,
      action: delivery.action,
      stage: delivery.stage,
      stageRank: delivery.stageRank,
      offerTitle: delivery.offerTitle || null,
      description: delivery.description || null,
      isTest: delivery.isTest,
      receivedAt,
      payload: delivery.canonicalJson,
    },
    select: { id: true },
  });
  await tx.delivery.update({ where: { id: deliveryId }, data: { outcome, leadId, error: null, errorField: null } });
  return { outcome, leadId, eventId: event.id };
}
