import type { CatalogueOffer } from "@/lib/seed/catalogue";
import { validationTestBody } from "@/lib/seed/marketplace-body";

// The offer the connection test names; it is a test lead, so it never reaches queues or charts.
const CONNECTION_TEST_OFFER: CatalogueOffer = {
  key: "leadcockpit.connection-test",
  title: "Lead Cockpit connection test",
  channel: "azure",
  popularity: 0,
  testDrive: false,
  freeTrial: false,
};

/**
 * A lead shaped like the one Partner Center's Validate button sends: every personal field reads
 * MSFT_TEST_<digits>, so the app keeps it as a test lead, out of queues, the clock and charts.
 * The digits differ per send, so a second test is a new delivery rather than an exact replay.
 */
export function testLeadBody(now = new Date(), nonce = Math.floor(Math.random() * 10_000)): Record<string, unknown> {
  // .NET ticks, like Microsoft's own test values (e.g. MSFT_TEST_636573304831318844).
  const ticks = BigInt(now.getTime()) * 10_000n + 621_355_968_000_000_000n + BigInt(nonce);
  return validationTestBody(CONNECTION_TEST_OFFER, ticks.toString());
}
