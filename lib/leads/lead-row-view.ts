import type { LeadRow } from "./list-leads";

/** A lead table row as it travels to the browser: dates as ISO strings. */
export interface LeadRowView {
  id: string;
  contactName: string;
  email: string;
  company: string;
  title: string;
  country: string;
  offerTitle: string;
  offerKey: string;
  source: string | null;
  action: string | null;
  stage: string | null;
  status: string;
  isTest: boolean;
  doNotContact: boolean;
  receivedAt: string;
  followUpDueAt: string | null;
  firstContactAt: string | null;
  contactAttempts: number;
  nextTouchDueAt: string | null;
  owner: { id: string; name: string } | null;
}

export function toLeadRowView(row: LeadRow): LeadRowView {
  return {
    id: row.id,
    contactName: row.contactName,
    email: row.email,
    company: row.company,
    title: row.title,
    country: row.country,
    offerTitle: row.offerTitle || row.offer.title || row.offer.offerKey,
    offerKey: row.offer.offerKey,
    source: row.latestSource,
    action: row.latestAction,
    stage: row.stage,
    status: row.status,
    isTest: row.isTest,
    doNotContact: row.doNotContact,
    receivedAt: row.firstReceivedAt.toISOString(),
    followUpDueAt: row.followUpDueAt?.toISOString() ?? null,
    firstContactAt: row.firstContactAt?.toISOString() ?? null,
    contactAttempts: row.contactAttempts,
    nextTouchDueAt: row.nextTouchDueAt?.toISOString() ?? null,
    owner: row.owner,
  };
}
