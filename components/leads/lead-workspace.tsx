"use client";

import { buttonClasses } from "@/components/ui/button";
import { StatePanel } from "@/components/ui/state-panel";
import type { LeadFilterOptions } from "@/lib/leads/lead-filter-options";
import { leadQueryToSearchParams, type LeadQuery } from "@/lib/leads/lead-query-schema";
import type { LeadRowView } from "@/lib/leads/lead-row-view";
import { ColumnChooser } from "./lead-table/column-chooser";
import { LeadTable } from "./lead-table/lead-table";
import { LeadFilters } from "./lead-filters";
import { SavedViews, type SavedView } from "./saved-views";
import { useLeadQueryNavigation } from "./use-lead-query-navigation";

/** The lead table with its filters and tools, all driven by the URL query. */
export function LeadWorkspace(props: {
  rows: LeadRowView[];
  total: number;
  query: LeadQuery;
  options: LeadFilterOptions;
  views: SavedView[];
  canAssign: boolean;
  currentUserId: string;
  serverNow: number;
  dueSoonMs: number;
}) {
  const { query } = props;
  const { navigate, pending } = useLeadQueryNavigation(query);
  const search = leadQueryToSearchParams(query);
  const exportSearch = new URLSearchParams(search);
  exportSearch.delete("page");
  exportSearch.delete("size");

  return (
    <div className="space-y-3">
      <LeadFilters
        query={query}
        options={props.options}
        navigate={navigate}
        tools={
          <>
            <SavedViews views={props.views} currentQuery={search.toString()} />
            <ColumnChooser visible={query.cols} onChange={(cols) => navigate({ cols }, { keepPage: true })} />
            <a href={`/api/leads/export?${exportSearch}`} className={buttonClasses("secondary", "sm")} download>
              Export CSV
            </a>
          </>
        }
      />
      {props.total === 0 ? (
        <StatePanel title="No leads match this view">
          Try fewer filters, or show test and do-not-contact leads.
        </StatePanel>
      ) : (
        <LeadTable
          rows={props.rows}
          total={props.total}
          query={query}
          navigate={navigate}
          pending={pending}
          owners={props.options.owners}
          canAssign={props.canAssign}
          currentUserId={props.currentUserId}
          serverNow={props.serverNow}
          dueSoonMs={props.dueSoonMs}
        />
      )}
    </div>
  );
}
