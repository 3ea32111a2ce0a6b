"use client";

import { useEffect, useRef, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { MultiSelect, type Option } from "@/components/ui/multi-select";
import { inputClasses } from "@/components/ui/form-field";
import { FOLLOW_UP_STATES } from "@/lib/follow-up/follow-up-state";
import { FOLLOW_UP_LABELS } from "@/lib/follow-up/follow-up-labels";
import { STAGE_LABELS, FUNNEL_STAGES } from "@/lib/leads/funnel-stage";
import { FUNNEL_STEP_LABELS } from "@/lib/leads/funnel-steps";
import type { LeadFilterOptions } from "@/lib/leads/lead-filter-options";
import { DEFAULT_LEAD_QUERY, type LeadQuery } from "@/lib/leads/lead-query-schema";
import { LEAD_STATUSES, STATUS_LABELS } from "@/lib/leads/lead-status";

const STAGE_OPTIONS: Option[] = [
  ...FUNNEL_STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] })),
  { value: "none", label: "No stage (do-not-contact notices)" },
];
const STATUS_OPTIONS: Option[] = LEAD_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));
const FOLLOW_UP_OPTIONS: Option[] = FOLLOW_UP_STATES.map((s) => ({ value: s, label: FOLLOW_UP_LABELS[s] }));

const VISIBILITY_LABELS = { hide: "Hidden", show: "Shown", only: "Only" } as const;

function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(value);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => setText(value), [value]);
  // Typing settles for a moment before the URL (and the database query) changes.
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => onSearch(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text, value, onSearch]);
  // "/" jumps to the search box, as in most dashboards.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key === "/" && !["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) {
        event.preventDefault();
        ref.current?.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return (
    <div className="relative w-full sm:w-72">
      <label htmlFor="lead-search" className="sr-only">
        Search leads by name, email, company or title
      </label>
      <input
        id="lead-search"
        ref={ref}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="Search name, email, company, title…"
        className={inputClasses("h-8 pr-8")}
      />
      <kbd className="pointer-events-none absolute right-2 top-1.5 hidden rounded border border-slate-200 px-1 text-xs text-slate-400 sm:block">/</kbd>
    </div>
  );
}

export function LeadFilters({
  query,
  options,
  navigate,
  tools,
}: {
  query: LeadQuery;
  options: LeadFilterOptions;
  navigate: (change: Partial<LeadQuery>) => void;
  tools: React.ReactNode;
}) {
  const ownerOptions: Option[] = [{ value: "me", label: "Me" }, { value: "unassigned", label: "Unassigned" }, ...options.owners];
  const [showFilters, setShowFilters] = useState(false);
  const activeCount =
    [query.from, query.to, query.reached, query.test !== "hide", query.dnc !== "hide"].filter(Boolean).length +
    (["offer", "source", "action", "stage", "status", "owner", "followUp", "country"] as const).filter((k) => query[k].length).length;
  const active = Boolean(query.q) || activeCount > 0;

  return (
    <div className="space-y-2">
    <div className="flex flex-wrap items-center justify-between gap-2">
      <SearchBox value={query.q} onSearch={(q) => navigate({ q })} />
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          aria-expanded={showFilters}
          aria-controls="lead-filter-group"
          onClick={() => setShowFilters((shown) => !shown)}
          className={`${buttonClasses("secondary", "sm")} sm:hidden`}
        >
          Filters{activeCount ? ` (${activeCount})` : ""}
        </button>
        {tools}
      </div>
    </div>
    {/* On a phone the filters fold away behind a button; from a tablet up they are always shown. */}
    <div
      id="lead-filter-group"
      className={`${showFilters ? "flex" : "hidden"} flex-wrap items-center gap-2 sm:flex`}
      role="group"
      aria-label="Filter leads"
    >
      <MultiSelect label="Offer" options={options.offers} selected={query.offer} onChange={(offer) => navigate({ offer })} />
      <MultiSelect label="Source" options={options.sources} selected={query.source} onChange={(source) => navigate({ source })} />
      <MultiSelect label="Action" options={options.actions} selected={query.action} onChange={(action) => navigate({ action })} />
      <MultiSelect label="Stage" options={STAGE_OPTIONS} selected={query.stage} onChange={(stage) => navigate({ stage: stage as LeadQuery["stage"] })} />
      <MultiSelect label="Status" options={STATUS_OPTIONS} selected={query.status} onChange={(status) => navigate({ status: status as LeadQuery["status"] })} />
      <MultiSelect label="Owner" options={ownerOptions} selected={query.owner} onChange={(owner) => navigate({ owner })} />
      <MultiSelect
        label="Follow-up"
        options={FOLLOW_UP_OPTIONS}
        selected={query.followUp}
        onChange={(followUp) => navigate({ followUp: followUp as LeadQuery["followUp"] })}
      />
      <MultiSelect label="Country" options={options.countries} selected={query.country} onChange={(country) => navigate({ country })} />
      <div className="flex items-center gap-1 whitespace-nowrap text-sm">
        <label htmlFor="from" className="text-slate-600">
          Received
        </label>
        <input id="from" type="date" value={query.from ?? ""} max={query.to} onChange={(e) => navigate({ from: e.target.value || undefined })} className={inputClasses("h-8 w-34")} />
        <label htmlFor="to" className="text-slate-600">
          to
        </label>
        <input id="to" type="date" value={query.to ?? ""} min={query.from} onChange={(e) => navigate({ to: e.target.value || undefined })} className={inputClasses("h-8 w-34")} />
      </div>
      {(["test", "dnc"] as const).map((key) => (
        <div key={key} className="flex items-center gap-1 whitespace-nowrap text-sm">
          <label htmlFor={`visibility-${key}`} className="text-slate-600">
            {key === "test" ? "Test leads" : "Do-not-contact"}
          </label>
          <select
            id={`visibility-${key}`}
            value={query[key]}
            onChange={(e) => navigate({ [key]: e.target.value as LeadQuery["test"] })}
            className={inputClasses("h-8 w-auto py-0")}
          >
            {Object.entries(VISIBILITY_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      ))}
      {query.reached ? (
        <button
          type="button"
          onClick={() => navigate({ reached: undefined })}
          aria-label={`Remove filter: reached ${FUNNEL_STEP_LABELS[query.reached]}`}
          className="inline-flex h-8 items-center gap-1 rounded-md bg-brand-50 px-2.5 text-sm text-brand-700 ring-1 ring-inset ring-brand-100 hover:bg-brand-100"
        >
          <span className="font-medium">Reached</span> {FUNNEL_STEP_LABELS[query.reached]} <span aria-hidden>×</span>
        </button>
      ) : null}
      {active ? (
        <button
          type="button"
          onClick={() =>
            navigate({ ...DEFAULT_LEAD_QUERY, sort: query.sort, dir: query.dir, size: query.size, cols: query.cols })
          }
          className="h-8 rounded-md px-2 text-sm font-medium text-brand-700 hover:bg-brand-50"
        >
          Clear filters
        </button>
      ) : null}
    </div>
    </div>
  );
}
