"use client";

import { useEffect, useState } from "react";
import { inputClasses } from "@/components/ui/form-field";
import { MultiSelect, type Option } from "@/components/ui/multi-select";
import { cn } from "@/components/ui/cn";
import {
  DEFAULT_ANALYTICS_QUERY,
  hasFilters,
  INTERVALS,
  PERIOD_LABELS,
  PERIODS,
  type AnalyticsFilters as CountedFilters,
  type AnalyticsQuery,
  type Interval,
  type Period,
} from "@/lib/analytics/analytics-query-schema";
import type { LeadFilterOptions } from "@/lib/leads/lead-filter-options";
import { PendingNotice, useAnalyticsNavigation } from "./analytics-navigation";

function DayInput(props: { id: string; label: string; value?: string; min?: string; max?: string; onChange: (day: string | undefined) => void }) {
  return (
    <>
      <label htmlFor={props.id} className="sr-only">
        {props.label}
      </label>
      <div className="w-36">
        <input
          id={props.id}
          type="date"
          value={props.value ?? ""}
          min={props.min}
          max={props.max}
          onChange={(e) => props.onChange(e.target.value || undefined)}
          className={inputClasses("h-8")}
        />
      </div>
    </>
  );
}

const INTERVAL_LABELS: Record<Interval, string> = { day: "By day", week: "By week" };

/**
 * The filters every analytics figure shares, with the lead table's meaning: offer, latest source,
 * country, owner, and the days the leads first arrived (a period counted back from today, or
 * chosen dates).
 */
export function AnalyticsFilters({
  query,
  counted,
  options,
  showInterval = false,
}: {
  query: AnalyticsQuery;
  /** The filters as counted: the period's dates filled in. */
  counted: CountedFilters;
  options: LeadFilterOptions;
  showInterval?: boolean;
}) {
  const { navigate } = useAnalyticsNavigation();
  const ownerOptions: Option[] = [{ value: "me", label: "Me" }, { value: "unassigned", label: "Unassigned" }, ...options.owners];
  const custom = Boolean(query.from || query.to);

  // The dates show what was picked at once; the server's answer follows.
  const [dates, setDates] = useState({ from: counted.from, to: counted.to });
  useEffect(() => setDates({ from: counted.from, to: counted.to }), [counted.from, counted.to]);

  function choosePeriod(value: string) {
    if (value === "custom") navigate({ from: dates.from, to: dates.to ?? new Date().toISOString().slice(0, 10) });
    else navigate({ period: value as Period, from: undefined, to: undefined });
  }

  // A date moved past the other one takes it along, rather than making a range that cannot be.
  function chooseDates(from: string | undefined, to: string | undefined, moved: "from" | "to") {
    const next = from && to && from > to ? (moved === "from" ? { from, to: from } : { from: to, to }) : { from, to };
    setDates(next);
    navigate(next);
  }

  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Filter the figures">
      <div className="flex flex-wrap items-center gap-1.5 text-sm">
        <label htmlFor="analytics-period" className="text-slate-600">
          Received
        </label>
        <div className="w-36">
          <select id="analytics-period" value={custom ? "custom" : query.period} onChange={(e) => choosePeriod(e.target.value)} className={inputClasses("h-8 py-0")}>
            {PERIODS.map((period) => (
              <option key={period} value={period}>
                {PERIOD_LABELS[period]}
              </option>
            ))}
            <option value="custom">Chosen dates</option>
          </select>
        </div>
        <div className="flex items-center gap-1">
          <DayInput id="analytics-from" label="Received from" value={dates.from} max={dates.to} onChange={(day) => chooseDates(day, dates.to, "from")} />
          <span aria-hidden className="text-slate-400">
            –
          </span>
          <DayInput id="analytics-to" label="Received to" value={dates.to} min={dates.from} onChange={(day) => chooseDates(dates.from, day, "to")} />
        </div>
      </div>
      <MultiSelect label="Offer" options={options.offers} selected={query.offer} onChange={(offer) => navigate({ offer })} />
      <MultiSelect label="Source" options={options.sources} selected={query.source} onChange={(source) => navigate({ source })} />
      <MultiSelect label="Country" options={options.countries} selected={query.country} onChange={(country) => navigate({ country })} />
      <MultiSelect label="Owner" options={ownerOptions} selected={query.owner} onChange={(owner) => navigate({ owner })} />
      {showInterval ? (
        <div role="group" aria-label="Count per" className="inline-flex rounded-md ring-1 ring-inset ring-slate-300">
          {INTERVALS.map((interval) => (
            <button
              key={interval}
              type="button"
              aria-pressed={query.interval === interval}
              onClick={() => navigate({ interval })}
              className={cn(
                "h-8 px-2.5 text-sm first:rounded-l-md last:rounded-r-md",
                query.interval === interval ? "bg-brand-50 font-medium text-brand-700" : "text-slate-700 hover:bg-slate-50",
              )}
            >
              {INTERVAL_LABELS[interval]}
            </button>
          ))}
        </div>
      ) : null}
      {hasFilters(query) ? (
        <button
          type="button"
          onClick={() => navigate({ ...DEFAULT_ANALYTICS_QUERY, interval: query.interval })}
          className="h-8 rounded-md px-2 text-sm font-medium text-brand-700 hover:bg-brand-50"
        >
          Clear filters
        </button>
      ) : null}
      <PendingNotice />
    </div>
  );
}
