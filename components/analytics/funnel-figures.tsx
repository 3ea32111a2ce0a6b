import { Section } from "@/components/ui/section";
import type { FunnelReport, OfferFunnel } from "@/lib/analytics/get-offer-funnel";
import { FUNNEL_STEPS, type FunnelStep } from "@/lib/leads/funnel-steps";
import { excludedNote } from "./excluded-note";
import { FigureTable } from "./figure-table";
import { formatCount, formatPercent } from "./format";
import { FunnelStepsChart } from "./funnel-steps-chart";
import { OffersSideBySideChart } from "./offers-side-by-side-chart";

/** More bars than this per step stop being readable; the table below lists every offer. */
const MAX_SIDE_BY_SIDE = 6;

const STEP_NAMES: Record<FunnelStep, string> = {
  interest: "Interest",
  trial: "Trial",
  active: "Active",
  contacted: "Contacted",
  qualified: "Qualified",
  won: "Won",
};

function FunnelTotal({ funnel }: { funnel: OfferFunnel }) {
  return (
    <Section
      title={`Funnel · ${funnel.title}`}
      description="Leads reaching each step. Click a bar or a count to open those leads in the lead table."
    >
      <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_34rem] [&>*]:min-w-0">
        <div>
          <FunnelStepsChart
            label={`Funnel for ${funnel.title.toLowerCase()}: leads reaching each step`}
            steps={funnel.steps.map((s) => ({ name: STEP_NAMES[s.step], leads: s.leads, leadsUrl: s.leadsUrl }))}
          />
        </div>
        <div>
          <FigureTable
            caption={`Funnel for ${funnel.title.toLowerCase()}`}
            columns={[{ label: "Step" }, { label: "Leads", numeric: true }, { label: "From previous step", numeric: true }, { label: "From interest", numeric: true }]}
            rows={funnel.steps.map((s) => [
              { text: s.label },
              { text: formatCount(s.leads), href: s.leadsUrl, linkLabel: `Open the ${formatCount(s.leads)} leads that reached ${STEP_NAMES[s.step].toLowerCase()}` },
              { text: formatPercent(s.conversion) },
              { text: formatPercent(s.ofInterest) },
            ])}
          />
          <p className="mt-2 text-xs text-slate-500">
            Contacted, qualified and won count every lead the team worked, interest-only leads too, so “from previous step” can pass 100% after active.
          </p>
        </div>
      </div>
    </Section>
  );
}

function OffersCompared({ offers, chosen }: { offers: OfferFunnel[]; chosen: boolean }) {
  const charted = offers.slice(0, MAX_SIDE_BY_SIDE);
  const rows = FUNNEL_STEPS.map((step, index) => ({
    name: STEP_NAMES[step],
    counts: Object.fromEntries(charted.map((o) => [o.offerId!, o.steps[index]!.leads])),
    urls: Object.fromEntries(charted.map((o) => [o.offerId!, o.steps[index]!.leadsUrl])),
  }));
  const description =
    offers.length > charted.length
      ? `The ${charted.length} offers with the most interest are charted; the table lists all ${offers.length}. Choose offers in the filter to compare others.`
      : chosen
        ? "The chosen offers, step by step."
        : "Every offer with leads, step by step. Choose offers in the filter to compare a few.";
  return (
    <Section title="Offers side by side" description={description}>
      <div className="space-y-4">
        <OffersSideBySideChart
          label="Funnel steps per offer, side by side"
          offers={charted.map((o) => ({ id: o.offerId!, title: o.title }))}
          rows={rows}
        />
        <FigureTable
          caption="Leads reaching each step, per offer"
          columns={[{ label: "Offer" }, ...FUNNEL_STEPS.map((step) => ({ label: STEP_NAMES[step], numeric: true })), { label: "Won of interest", numeric: true }]}
          rows={offers.map((o) => [
            { text: o.title },
            ...o.steps.map((s) => ({
              text: formatCount(s.leads),
              href: s.leadsUrl,
              linkLabel: `Open the ${formatCount(s.leads)} ${o.title} leads that reached ${STEP_NAMES[s.step].toLowerCase()}`,
            })),
            { text: formatPercent(o.steps[o.steps.length - 1]!.ofInterest) },
          ])}
        />
      </div>
    </Section>
  );
}

export function FunnelFigures({ report, chosenOffers }: { report: FunnelReport; chosenOffers: boolean }) {
  return (
    <>
      <p className="text-sm text-slate-600">{excludedNote(report.excluded)}</p>
      <FunnelTotal funnel={report.total} />
      {report.offers.length > 1 || chosenOffers ? <OffersCompared offers={report.offers} chosen={chosenOffers} /> : null}
    </>
  );
}
