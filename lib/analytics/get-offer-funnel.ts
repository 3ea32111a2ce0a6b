import { FUNNEL_STEP_LABELS, FUNNEL_STEPS, type FunnelStep } from "@/lib/leads/funnel-steps";
import type { AnalyticsFilters } from "./analytics-query-schema";
import { countExcludedLeads, type ExcludedLeads } from "./count-excluded-leads";
import { countLeadsByOffer, type OfferCounts } from "./count-leads-by-offer";
import type { LeadSetContext } from "./lead-set-sql";
import { leadTableLink } from "./lead-table-link";
import { offerNames, type NamedOffer } from "./offer-names";
import { ratio } from "./ratio";

export interface FunnelStepFigure {
  step: FunnelStep;
  label: string;
  leads: number;
  /** This step's leads ÷ the previous step's; null for the first step or after an empty one. */
  conversion: number | null;
  /** This step's leads ÷ the first step's. */
  ofInterest: number | null;
  /** The lead table showing exactly these leads. */
  leadsUrl: string;
}

export interface OfferFunnel extends Omit<NamedOffer, "offerId"> {
  /** null for all the matching offers together. */
  offerId: string | null;
  steps: FunnelStepFigure[];
}

export interface FunnelReport {
  /** Every matching offer together. */
  total: OfferFunnel;
  /** One funnel per offer with leads, the biggest first. */
  offers: OfferFunnel[];
  excluded: ExcludedLeads;
}

function funnelSteps(counts: Record<FunnelStep, number>, link: (step: FunnelStep) => string): FunnelStepFigure[] {
  return FUNNEL_STEPS.map((step, index) => {
    const previous = index > 0 ? counts[FUNNEL_STEPS[index - 1]!] : 0;
    return {
      step,
      label: FUNNEL_STEP_LABELS[step],
      leads: counts[step],
      conversion: index === 0 ? null : ratio(counts[step], previous),
      ofInterest: ratio(counts[step], counts.interest),
      leadsUrl: link(step),
    };
  });
}

function sumSteps(rows: OfferCounts[]): Record<FunnelStep, number> {
  return Object.fromEntries(FUNNEL_STEPS.map((step) => [step, rows.reduce((sum, row) => sum + row[step], 0)])) as Record<FunnelStep, number>;
}

/** How many leads reached each funnel step, for all matching offers and for each one. */
export async function getOfferFunnel(filters: AnalyticsFilters, context: LeadSetContext): Promise<FunnelReport> {
  const [rows, excluded] = await Promise.all([countLeadsByOffer(filters, context), countExcludedLeads(filters, context)]);
  const named = await offerNames(rows.map((row) => row.offerId));
  const offers = rows
    .map((row) => ({
      ...named(row.offerId),
      steps: funnelSteps(row, (step) => leadTableLink(filters, { reached: step, offer: [row.offerId] })),
    }))
    .sort((a, b) => b.steps[0]!.leads - a.steps[0]!.leads || a.title.localeCompare(b.title));
  const total: OfferFunnel = {
    offerId: null,
    title: filters.offer.length ? "Selected offers" : "All offers",
    offerKey: null,
    steps: funnelSteps(sumSteps(rows), (step) => leadTableLink(filters, { reached: step })),
  };
  return { total, offers, excluded };
}
