import { Section } from "@/components/ui/section";
import type { TrendsReport, TrendTable } from "@/lib/analytics/get-lead-trends";
import { FigureTable } from "./figure-table";
import { formatCount, formatPercent } from "./format";
import { OfferComparisonChart } from "./offer-comparison-chart";
import { TrendChart } from "./trend-chart";

function Trend({ title, noun, table, interval }: { title: string; noun: string; table: TrendTable; interval: TrendsReport["interval"] }) {
  const per = interval === "week" ? "week" : "day";
  return (
    <Section title={title} description={`New leads per ${per}, by the ${noun} of their latest delivery.`}>
      <div className="space-y-4">
        <TrendChart table={table} interval={interval} label={`New leads per ${per} by ${noun}`} />
        <FigureTable
          caption={`New leads per ${per} by ${noun}`}
          maxHeight="max-h-80"
          columns={[{ label: interval === "week" ? "Week of" : "Day" }, ...table.series.map((s) => ({ label: s.label, numeric: true })), { label: "All", numeric: true }]}
          rows={table.rows.map((row) => [
            { text: row.bucket },
            ...table.series.map((s) => ({ text: formatCount(row.counts[s.key] ?? 0) })),
            row.total > 0 ? { text: formatCount(row.total), href: row.leadsUrl, linkLabel: `Open the ${formatCount(row.total)} leads of ${row.bucket}` } : { text: "0" },
          ])}
        />
      </div>
    </Section>
  );
}

export function TrendsFigures({ report }: { report: TrendsReport }) {
  return (
    <>
      <p className="text-sm text-slate-600">
        Leads are counted on the day they first arrived, split by the source and action of their latest delivery, as the lead table&apos;s
        Source and Action columns show them. Test and do-not-contact leads are left out.
      </p>
      <Trend title="By source" noun="source" table={report.bySource} interval={report.interval} />
      <Trend title="By action" noun="action" table={report.byAction} interval={report.interval} />
      <Section title="Offers compared" description="New leads per offer, and the share won among its closed (won or lost) leads.">
        <div className="space-y-4">
          <OfferComparisonChart offers={report.offers.map((o) => ({ name: o.title, leads: o.leads, winPercent: o.winRate === null ? null : Math.round(o.winRate * 1000) / 10 }))} />
          <FigureTable
            caption="Offers by volume and win rate"
            columns={[{ label: "Offer" }, { label: "New leads", numeric: true }, { label: "Won", numeric: true }, { label: "Lost", numeric: true }, { label: "Win rate", numeric: true }]}
            rows={report.offers.map((o) => [
              { text: o.title },
              { text: formatCount(o.leads), href: o.leadsUrl, linkLabel: `Open the ${formatCount(o.leads)} ${o.title} leads` },
              { text: formatCount(o.won) },
              { text: formatCount(o.lost) },
              { text: formatPercent(o.winRate) },
            ])}
          />
        </div>
      </Section>
    </>
  );
}
