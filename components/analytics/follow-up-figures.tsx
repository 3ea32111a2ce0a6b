import { Section } from "@/components/ui/section";
import type { FollowUpReport, RepCompliance } from "@/lib/analytics/get-follow-up-compliance";
import { FigureTable } from "./figure-table";
import { FirstContactChart } from "./first-contact-chart";
import { formatAverage, formatCount, formatPercent, formatWait } from "./format";
import { NurtureChart } from "./nurture-chart";
import { RepComplianceChart } from "./rep-compliance-chart";
import { StatTile } from "./stat-tile";
import { WeeklyComplianceChart } from "./weekly-compliance-chart";

const HOUR = 3_600_000;
const hours = (ms: number | null) => (ms === null ? null : Math.round((ms / HOUR) * 10) / 10);
const percent = (ratio: number | null) => (ratio === null ? null : Math.round(ratio * 1000) / 10);

function Headline({ overall }: { overall: FollowUpReport["overall"] }) {
  const decided = overall.met + overall.missed + overall.overdue;
  return (
    <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
      <StatTile label="Contacted within 24 h" value={formatPercent(overall.withinShare)} detail={`${formatCount(overall.met)} of ${formatCount(decided)} leads past their deadline or contacted`} />
      <StatTile label="Median time to first contact" value={formatWait(overall.medianMs)} detail={`Half of ${formatCount(overall.contacted)} contacted leads within this`} />
      <StatTile label="90th percentile" value={formatWait(overall.p90Ms)} detail="9 in 10 contacted leads within this" />
      <StatTile label="Overdue now" value={formatCount(overall.overdue)} detail="Not contacted, 24 h passed" href={overall.overdueUrl} />
      <StatTile label="Inside their 24 h" value={formatCount(overall.waiting)} detail="Not contacted yet, still in time" />
    </div>
  );
}

function Weeks({ weeks }: { weeks: FollowUpReport["weeks"] }) {
  return (
    <Section title="Within 24 hours, week by week" description="Leads by the ISO week (Monday to Sunday, UTC) they first arrived in. Overdue leads count as not within 24 hours; leads still inside their 24 hours are left out of the share.">
      <div className="space-y-4">
        <WeeklyComplianceChart weeks={weeks.map((w) => ({ week: w.week, met: w.met, missed: w.missed, overdue: w.overdue, withinPercent: percent(w.withinShare) }))} />
        <FigureTable
          caption="Follow-up within 24 hours, per week of arrival"
          maxHeight="max-h-80"
          columns={[{ label: "Week of" }, { label: "Within 24 h", numeric: true }, { label: "Late", numeric: true }, { label: "Overdue", numeric: true }, { label: "Inside 24 h", numeric: true }, { label: "Share within 24 h", numeric: true }]}
          rows={weeks.map((w) => [
            { text: w.week },
            { text: formatCount(w.met) },
            { text: formatCount(w.missed) },
            { text: formatCount(w.overdue) },
            { text: formatCount(w.waiting) },
            { text: formatPercent(w.withinShare) },
          ])}
        />
      </div>
    </Section>
  );
}

function Reps({ reps }: { reps: RepCompliance[] }) {
  return (
    <Section title="Per rep" description="Each owner's leads, and the leads nobody owns yet. Overdue counts open the lead table on those leads.">
      <div className="space-y-4">
        <div className="grid gap-4 lg:grid-cols-2 [&>*]:min-w-0">
          <RepComplianceChart reps={reps.map((r) => ({ name: r.name, met: r.met, missed: r.missed, overdue: r.overdue }))} />
          <FirstContactChart reps={reps.map((r) => ({ name: r.name, medianHours: hours(r.medianMs), p90Hours: hours(r.p90Ms) }))} />
        </div>
        <FigureTable
          caption="Follow-up per rep"
          columns={[
            { label: "Rep" },
            { label: "Within 24 h", numeric: true },
            { label: "Late", numeric: true },
            { label: "Overdue now", numeric: true },
            { label: "Share within 24 h", numeric: true },
            { label: "Median to first contact", numeric: true },
            { label: "90th percentile", numeric: true },
            { label: "Contacted", numeric: true },
          ]}
          rows={reps.map((r) => [
            { text: r.name },
            { text: formatCount(r.met) },
            { text: formatCount(r.missed) },
            r.overdue > 0 ? { text: formatCount(r.overdue), href: r.overdueUrl, linkLabel: `Open ${r.name}'s ${formatCount(r.overdue)} overdue leads` } : { text: "0" },
            { text: formatPercent(r.withinShare) },
            { text: formatWait(r.medianMs) },
            { text: formatWait(r.p90Ms) },
            { text: formatCount(r.contacted) },
          ])}
        />
      </div>
    </Section>
  );
}

function Nurture({ nurture }: { nurture: FollowUpReport["nurture"] }) {
  const rows = nurture.won.distribution.map((d, i) => ({ attempts: d.attempts, won: d.leads, lost: nurture.lost.distribution[i]?.leads ?? 0 }));
  return (
    <Section
      title="Nurture depth"
      description={`Contact attempts before a lead was closed. Won after ${formatAverage(nurture.won.averageAttempts)} attempts on average (${formatCount(nurture.won.closed)} leads), lost after ${formatAverage(nurture.lost.averageAttempts)} (${formatCount(nurture.lost.closed)} leads).`}
    >
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">No lead matching these filters has been closed yet.</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-5 [&>*]:min-w-0">
          <div className="lg:col-span-3">
            <NurtureChart rows={rows} />
          </div>
          <div className="lg:col-span-2">
            <FigureTable
              caption="Closed leads per number of contact attempts"
              columns={[{ label: "Attempts" }, { label: "Won", numeric: true }, { label: "Lost", numeric: true }]}
              rows={[
                ...rows.map((r) => [{ text: String(r.attempts) }, { text: formatCount(r.won) }, { text: formatCount(r.lost) }]),
                [{ text: "Average" }, { text: formatAverage(nurture.won.averageAttempts) }, { text: formatAverage(nurture.lost.averageAttempts) }],
              ]}
            />
          </div>
        </div>
      )}
    </Section>
  );
}

export function FollowUpFigures({ report }: { report: FollowUpReport }) {
  return (
    <>
      <Headline overall={report.overall} />
      <Weeks weeks={report.weeks} />
      <Reps reps={report.reps} />
      <Nurture nurture={report.nurture} />
    </>
  );
}
