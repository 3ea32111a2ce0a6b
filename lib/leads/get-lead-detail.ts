import { db } from "@/lib/db/client";

/** Everything the lead page shows: the lead, its marketplace events, the team's work, and the customer's other leads. */
export async function getLeadDetail(leadId: string) {
  const lead = await db.lead.findUnique({
    where: { id: leadId },
    select: {
      id: true,
      status: true,
      stage: true,
      latestSource: true,
      latestAction: true,
      isTest: true,
      doNotContact: true,
      firstReceivedAt: true,
      lastReceivedAt: true,
      followUpDueAt: true,
      firstContactAt: true,
      followUpResult: true,
      contactAttempts: true,
      lastContactAt: true,
      nextTouchDueAt: true,
      lostReason: true,
      offerTitle: true,
      ownerId: true,
      owner: { select: { id: true, name: true } },
      offer: { select: { id: true, offerKey: true, publisherId: true, offerId: true, title: true } },
      contact: {
        select: { id: true, email: true, firstName: true, lastName: true, company: true, title: true, phone: true, country: true },
      },
    },
  });
  if (!lead) return null;
  const [events, activities, otherLeads] = await Promise.all([
    db.leadEvent.findMany({
      where: { leadId },
      orderBy: { receivedAt: "desc" },
      select: { id: true, source: true, action: true, stage: true, offerTitle: true, description: true, receivedAt: true, payload: true, isTest: true },
    }),
    db.leadActivity.findMany({
      where: { leadId },
      orderBy: { occurredAt: "desc" },
      take: 500,
      select: { id: true, kind: true, body: true, channel: true, outcome: true, fromValue: true, toValue: true, occurredAt: true, actor: { select: { name: true } } },
    }),
    db.lead.findMany({
      where: { contactId: lead.contact.id, id: { not: leadId } },
      orderBy: { lastReceivedAt: "desc" },
      select: { id: true, offerTitle: true, stage: true, status: true, lastReceivedAt: true, offer: { select: { offerKey: true } } },
    }),
  ]);
  return { lead, events, activities, otherLeads };
}

export type LeadDetail = NonNullable<Awaited<ReturnType<typeof getLeadDetail>>>;

/** The name a lead goes by in titles: the contact's name, else the email. */
export async function findLeadName(leadId: string): Promise<string | null> {
  const lead = await db.lead.findUnique({ where: { id: leadId }, select: { contactName: true, email: true } });
  return lead ? lead.contactName || lead.email || "Anonymous customer" : null;
}
