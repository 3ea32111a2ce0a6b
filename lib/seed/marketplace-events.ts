import { DO_NOT_CONTACT_ACTION, stageOfDelivery, stageRank } from "@/lib/leads/funnel-stage";
import type { CatalogueOffer } from "./catalogue";
import type { Random } from "./random";
import { DAY, HOUR, MINUTE } from "./timeline";

/** One marketplace delivery planned for a lead: which source, which action, when. */
export interface PlannedEvent {
  at: number;
  source: string;
  action: string;
  stageRank: number;
}

const APPSOURCE = "AppSource (SPZA)";

function appSourceName(random: Random): string {
  // Older documentation and real payloads still show the bare "SPZA".
  return random.chance(0.06) ? "SPZA" : APPSOURCE;
}

function trialEvent(random: Random, offer: CatalogueOffer): { source: string; action: string } | null {
  const home = offer.channel === "appsource" ? appSourceName(random) : "AzureMarketplace";
  if (offer.testDrive && (!offer.freeTrial || random.chance(0.6))) {
    return { source: random.chance(0.15) ? "TestDrive" : home, action: "StartTestDrive" };
  }
  return offer.freeTrial ? { source: home, action: "FreeTrial" } : null;
}

function activeEvent(random: Random, offer: CatalogueOffer): { source: string; action: string } {
  if (offer.channel === "azure" && random.chance(0.55)) return { source: "AzurePortal", action: "Create" };
  return { source: offer.channel === "appsource" ? appSourceName(random) : "AzureMarketplace", action: "INS" };
}

function firstEvent(random: Random, offer: CatalogueOffer): { source: string; action: string } {
  const trial = offer.testDrive || offer.freeTrial ? 20 : 0;
  const kind = random.weighted(
    offer.channel === "appsource"
      ? ([["interest", 55], ["trial", trial], ["active", 24]] as const)
      : ([["interest", 30], ["trial", trial], ["active", 48]] as const),
  );
  if (kind === "trial") return trialEvent(random, offer) ?? activeEvent(random, offer);
  if (kind === "active") return activeEvent(random, offer);
  return { source: offer.channel === "appsource" ? appSourceName(random) : "AzureMarketplace", action: "PLT" };
}

function planned(at: number, event: { source: string; action: string }): PlannedEvent {
  return { at, ...event, stageRank: stageRank(stageOfDelivery(event.action, event.source)) };
}

/**
 * The deliveries one lead receives. Later deliveries always reach a further stage (contact me,
 * then a trial, then an install), so no two deliveries of a lead share a body; those that would
 * arrive after now have not happened yet and are dropped.
 */
export function planLeadEvents(random: Random, offer: CatalogueOffer, firstAt: number, now: number): PlannedEvent[] {
  if (random.chance(0.02)) {
    const source = offer.channel === "appsource" ? appSourceName(random) : "AzureMarketplace";
    return [planned(firstAt, { source, action: DO_NOT_CONTACT_ACTION })];
  }
  const events = [planned(firstAt, firstEvent(random, offer))];
  const extra = random.weighted([[0, 60], [1, 28], [2, 12]] as const);
  for (let i = 0; i < extra; i += 1) {
    const previous = events[events.length - 1]!;
    if (previous.stageRank >= 3) break;
    const at = previous.at + 10 * MINUTE + Math.floor(random.exponential(4 * DAY, 45 * DAY)) + random.int(0, HOUR);
    if (at > now) break;
    const next = previous.stageRank === 1 && random.chance(0.55) ? trialEvent(random, offer) : null;
    events.push(planned(at, next ?? activeEvent(random, offer)));
  }
  return events;
}
