import { db } from "@/lib/db/client";

export const leadRowSelect = {
  id: true,
  contactName: true,
  email: true,
  company: true,
  title: true,
  country: true,
  offerTitle: true,
  latestSource: true,
  latestAction: true,
  stage: true,
  status: true,
  isTest: true,
  doNotContact: true,
  firstReceivedAt: true,
  lastReceivedAt: true,
  followUpDueAt: true,
  firstContactAt: true,
  offer: { select: { offerKey: true, title: true } },
} as const;

export async function listNewestLeads(limit = 50) {
  const [rows, total] = await Promise.all([
    db.lead.findMany({ select: leadRowSelect, orderBy: [{ lastReceivedAt: "desc" }, { id: "desc" }], take: limit }),
    db.lead.count(),
  ]);
  return { rows, total };
}

export type LeadRow = Awaited<ReturnType<typeof listNewestLeads>>["rows"][number];
