"use client";

import { Button } from "@/components/ui/button";
import { PAGE_SIZES, type LeadQuery } from "@/lib/leads/lead-query-schema";

export function Pagination({
  query,
  total,
  navigate,
}: {
  query: LeadQuery;
  total: number;
  navigate: (change: Partial<LeadQuery>, options?: { keepPage?: boolean }) => void;
}) {
  const pages = Math.max(1, Math.ceil(total / query.size));
  const first = total === 0 ? 0 : (query.page - 1) * query.size + 1;
  const last = Math.min(total, query.page * query.size);
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
      <p aria-live="polite">
        {total === 0 ? "No leads" : `${first.toLocaleString("en-US")}–${last.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`}
      </p>
      <div className="flex items-center gap-2">
        <label htmlFor="page-size">Rows</label>
        <select
          id="page-size"
          value={query.size}
          onChange={(e) => navigate({ size: Number(e.target.value) })}
          className="h-8 rounded-md border-0 bg-white px-2 text-sm ring-1 ring-inset ring-slate-300"
        >
          {PAGE_SIZES.map((size) => (
            <option key={size}>{size}</option>
          ))}
        </select>
        <Button size="sm" disabled={query.page <= 1} onClick={() => navigate({ page: query.page - 1 })}>
          Previous
        </Button>
        <span className="tabular-nums">
          Page {query.page.toLocaleString("en-US")} of {pages.toLocaleString("en-US")}
        </span>
        <Button size="sm" disabled={query.page >= pages} onClick={() => navigate({ page: query.page + 1 })}>
          Next
        </Button>
      </div>
    </nav>
  );
}
