import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { statusRank, type LeadStatus } from "@/lib/leads/lead-status";
import { postLead } from "@/lib/testing/post-lead";
import { createTestUser } from "@/lib/testing/test-users";

/**
 * The hand-made leads every analytics figure is checked against. Each lead arrives through the
 * real ingest endpoint; the sales team's work on it (owner, first contact, status) is then set
 * directly, with the exact times the expected figures were worked out from.
 *
 * "Now" is Monday 2026-06-15 12:00 UTC. Offer A is contoso.crm, offer B fabrikam.backup.
 *
 *   lead  offer  source / action           country  arrived (UTC)            owner  first contact      status     attempts
 *   a1    A      AppSource (SPZA) PLT      France   Mon 06-01 09:00          ann    +1 h    (met)      contacted  1
 *   a2    A      AzureMarketplace TestDrv  USA      Tue 06-02 12:00          ann    +48 h   (missed)   qualified  3
 *   a3    A      AzureMarketplace INS      USA      Mon 06-08 00:00          bob    +6 h    (met)      won        4
 *   a4    A      AzurePortal Create        Germany  Tue 06-09 00:00          bob    +2 h    (met)      lost       2
 *   a5    A      AppSource (SPZA) PLT      France   Wed 06-10 12:00          —      none    (overdue)  new        0
 *   a6    A      AzureMarketplace INS      USA      Mon 06-15 06:00          ann    none    (waiting)  new        0
 *   b1    B      AzureMarketplace TestDrv  USA      Wed 06-03 12:00          bob    +30 min (met)      won        3
 *   b2    B      AzurePortal Create        France   Thu 06-11 12:00          mia    none    (overdue)  new        0
 *   b3    B      AppSource (SPZA) PLT      Germany  Fri 06-12 12:00          bob    +54 h   (missed)   lost       1
 *   b4    B      AzureMarketplace INS      USA      Sun 05-31 23:59:59.999   ann    +24 h   (met)      lost       5
 *   t1    A      a Partner Center test lead                 Fri 06-05 (not counted: test)
 *   t2    B      a test lead that is also do-not-contact    Fri 06-05 (not counted: test)
 *   d1    A      AppSource (SPZA) DNC                       Sat 06-06 (not counted: do-not-contact)
 *
 * mia is the manager reading the analytics ("me"); ann and bob are reps. Qualified and won leads
 * have qualifiedAt set, as the sales workflow does.
 */
export const NOW = new Date("2026-06-15T12:00:00.000Z");

const HOUR = 3_600_000;

interface PlannedLead {
  key: string;
  leadSource: string;
  country: string;
  arrived: string;
  owner?: "ann" | "bob" | "mia";
  contactAfterMs?: number;
  status?: LeadStatus;
  attempts?: number;
  email?: string;
}

const A = "contoso.crm";
const B = "fabrikam.backup";

const PLAN: PlannedLead[] = [
  { key: "a1", leadSource: `AppSource (SPZA)-PLT|${A}`, country: "France", arrived: "2026-06-01T09:00:00.000Z", owner: "ann", contactAfterMs: HOUR, status: "contacted", attempts: 1 },
  { key: "a2", leadSource: `AzureMarketplace-StartTestDrive|${A}`, country: "USA", arrived: "2026-06-02T12:00:00.000Z", owner: "ann", contactAfterMs: 48 * HOUR, status: "qualified", attempts: 3 },
  { key: "a3", leadSource: `AzureMarketplace-INS|${A}`, country: "USA", arrived: "2026-06-08T00:00:00.000Z", owner: "bob", contactAfterMs: 6 * HOUR, status: "won", attempts: 4 },
  { key: "a4", leadSource: `AzurePortal-Create|${A}`, country: "Germany", arrived: "2026-06-09T00:00:00.000Z", owner: "bob", contactAfterMs: 2 * HOUR, status: "lost", attempts: 2 },
  { key: "a5", leadSource: `AppSource (SPZA)-PLT|${A}`, country: "France", arrived: "2026-06-10T12:00:00.000Z" },
  { key: "a6", leadSource: `AzureMarketplace-INS|${A}`, country: "USA", arrived: "2026-06-15T06:00:00.000Z", owner: "ann" },
  { key: "b1", leadSource: `AzureMarketplace-StartTestDrive|${B}`, country: "USA", arrived: "2026-06-03T12:00:00.000Z", owner: "bob", contactAfterMs: HOUR / 2, status: "won", attempts: 3 },
  { key: "b2", leadSource: `AzurePortal-Create|${B}`, country: "France", arrived: "2026-06-11T12:00:00.000Z", owner: "mia" },
  { key: "b3", leadSource: `AppSource (SPZA)-PLT|${B}`, country: "Germany", arrived: "2026-06-12T12:00:00.000Z", owner: "bob", contactAfterMs: 54 * HOUR, status: "lost", attempts: 1 },
  { key: "b4", leadSource: `AzureMarketplace-INS|${B}`, country: "USA", arrived: "2026-05-31T23:59:59.999Z", owner: "ann", contactAfterMs: 24 * HOUR, status: "lost", attempts: 5 },
  { key: "t1", leadSource: `AzureMarketplace-INS|${A}`, country: "USA", arrived: "2026-06-05T12:00:00.000Z", email: "MSFT_TEST_636573304831318844@test.com" },
  { key: "t2", leadSource: `AppSource (SPZA)-DNC|${B}`, country: "USA", arrived: "2026-06-05T13:00:00.000Z", email: "MSFT_TEST_636573304831318845@test.com" },
  { key: "d1", leadSource: `AppSource (SPZA)-DNC|${A}`, country: "France", arrived: "2026-06-06T12:00:00.000Z" },
];

export interface AnalyticsDataset {
  ids: Record<string, string>;
  offers: { A: string; B: string };
  users: { mia: SessionUser; ann: SessionUser; bob: SessionUser };
}

export async function createAnalyticsDataset(): Promise<AnalyticsDataset> {
  const users = {
    mia: await createTestUser("manager", "Mia Manager"),
    ann: await createTestUser("rep", "Ann Rep"),
    bob: await createTestUser("rep", "Bob Rep"),
  };
  const ids: Record<string, string> = {};
  for (const lead of PLAN) {
    const { status, json } = await postLead({
      UserDetails: { FirstName: lead.key.toUpperCase(), LastName: "Lead", Email: lead.email ?? `${lead.key}@customer.example`, Company: `${lead.key} Ltd`, Country: lead.country },
      LeadSource: lead.leadSource,
    });
    if (status !== 201 || !json.leadId) throw new Error(`lead ${lead.key} was not created: ${status} ${JSON.stringify(json)}`);
    ids[lead.key] = json.leadId;

    const arrived = new Date(lead.arrived);
    const stored = await db.lead.findUniqueOrThrow({ where: { id: json.leadId }, select: { followUpDueAt: true } });
    const due = stored.followUpDueAt ? new Date(arrived.getTime() + 24 * HOUR) : null;
    const contact = lead.contactAfterMs === undefined ? null : new Date(arrived.getTime() + lead.contactAfterMs);
    const leadStatus = lead.status ?? "new";
    await db.lead.update({
      where: { id: json.leadId },
      data: {
        firstReceivedAt: arrived,
        lastReceivedAt: arrived,
        followUpDueAt: due,
        firstContactAt: contact,
        lastContactAt: contact,
        followUpResult: contact && due ? (contact.getTime() <= due.getTime() ? "met" : "missed") : null,
        contactAttempts: lead.attempts ?? 0,
        ownerId: lead.owner ? users[lead.owner].id : null,
        status: leadStatus,
        statusRank: statusRank(leadStatus),
        qualifiedAt: leadStatus === "qualified" || leadStatus === "won" ? contact : null,
        closedAt: leadStatus === "won" || leadStatus === "lost" ? contact : null,
      },
    });
  }
  const offers = await db.offer.findMany({ where: { offerKey: { in: [A, B] } }, select: { id: true, offerKey: true } });
  const offerId = (key: string) => offers.find((o) => o.offerKey === key)!.id;
  return { ids, offers: { A: offerId(A), B: offerId(B) }, users };
}
