"use client";

import { useTable, type RowSelectionState, type SortingState, type ColumnVisibilityState } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { cn } from "@/components/ui/cn";
import { LEAD_COLUMNS, type LeadColumn, type LeadQuery } from "@/lib/leads/lead-query-schema";
import type { LeadRowView } from "@/lib/leads/lead-row-view";
import { BulkActions } from "./bulk-actions";
import { leadColumns } from "./lead-columns";
import { leadTableFeatures } from "./lead-table-features";
import { Pagination } from "./pagination";

export interface LeadTableProps {
  rows: LeadRowView[];
  total: number;
  query: LeadQuery;
  navigate: (change: Partial<LeadQuery>, options?: { keepPage?: boolean }) => void;
  pending: boolean;
  owners: { value: string; label: string }[];
  canAssign: boolean;
  currentUserId: string;
  serverNow: number;
  dueSoonMs: number;
}

function SortIcon({ direction }: { direction: false | "asc" | "desc" }) {
  return (
    <svg aria-hidden viewBox="0 0 20 20" className={cn("h-3.5 w-3.5 fill-current", direction ? "opacity-100" : "opacity-30")}>
      {direction === "asc" ? <path d="M10 5l5 6H5z" /> : direction === "desc" ? <path d="M10 15l-5-6h10z" /> : <path d="M10 3l4 5H6zm0 14l-4-5h8z" />}
    </svg>
  );
}

export function LeadTable({ rows, total, query, navigate, pending, owners, canAssign, currentUserId, serverNow, dueSoonMs }: LeadTableProps) {
  const sourceShown = query.cols.includes("source");
  const columns = useMemo(() => leadColumns({ serverNow, dueSoonMs }, sourceShown), [serverNow, dueSoonMs, sourceShown]);
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});

  const sorting: SortingState = [{ id: query.sort, desc: query.dir === "desc" }];
  const columnVisibility: ColumnVisibilityState = Object.fromEntries(LEAD_COLUMNS.map((c) => [c, query.cols.includes(c)]));

  const table = useTable({
    features: leadTableFeatures,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    enableRowSelection: true,
    enableSortingRemoval: false,
    state: {
      sorting,
      columnVisibility,
      rowSelection,
      pagination: { pageIndex: query.page - 1, pageSize: query.size },
    },
    onRowSelectionChange: setRowSelection,
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      if (first) navigate({ sort: first.id as LeadColumn, dir: first.desc ? "desc" : "asc" });
    },
  });

  const selectedIds = Object.keys(rowSelection).filter((id) => rowSelection[id] && rows.some((r) => r.id === id));

  return (
    <div className="space-y-2">
      <BulkActions
        selectedIds={selectedIds}
        owners={owners}
        canAssign={canAssign}
        currentUserId={currentUserId}
        onDone={() => setRowSelection({})}
      />
      <div
        className={cn("overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm transition-opacity", pending && "opacity-60")}
        aria-busy={pending}
      >
        <table className="min-w-full divide-y divide-slate-200 text-[13px]">
          <caption className="sr-only">
            Marketplace leads, sorted by {query.sort} {query.dir === "asc" ? "ascending" : "descending"}
          </caption>
          <thead className="bg-slate-50">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                <th scope="col" className="w-8 py-2 pl-3 pr-1">
                  <input
                    type="checkbox"
                    aria-label="Select all leads on this page"
                    className="h-4 w-4 rounded border-slate-300 accent-brand-600"
                    checked={table.getIsAllPageRowsSelected()}
                    ref={(el) => {
                      if (el) el.indeterminate = table.getIsSomePageRowsSelected();
                    }}
                    onChange={(e) => table.toggleAllPageRowsSelected(e.target.checked)}
                  />
                </th>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}
                      className="whitespace-nowrap px-2 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-500"
                    >
                      <button
                        type="button"
                        onClick={header.column.getToggleSortingHandler()}
                        className="inline-flex items-center gap-1 rounded hover:text-slate-900"
                        aria-label={`Sort by ${String(header.column.columnDef.header)}`}
                      >
                        <table.FlexRender header={header} />
                        <SortIcon direction={sorted} />
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {table.getRowModel().rows.map((row) => {
              const lead = row.original;
              const overdue = !lead.firstContactAt && lead.followUpDueAt && Date.parse(lead.followUpDueAt) < serverNow;
              return (
                <tr
                  key={row.id}
                  data-lead-id={lead.id}
                  className={cn(
                    row.getIsSelected() ? "bg-brand-50/60" : overdue ? "bg-red-50/50" : lead.isTest ? "bg-amber-50/40" : "",
                    "hover:bg-slate-50",
                    overdue && "shadow-[inset_3px_0_0_0_var(--color-red-500)]",
                  )}
                >
                  <td className="py-1.5 pl-3 pr-1 align-middle">
                    <input
                      type="checkbox"
                      aria-label={`Select ${lead.contactName || lead.email || "lead"}`}
                      className="h-4 w-4 rounded border-slate-300 accent-brand-600"
                      checked={row.getIsSelected()}
                      onChange={row.getToggleSelectedHandler()}
                    />
                  </td>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className="px-2 py-1.5 align-middle">
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pagination query={query} total={total} navigate={navigate} />
    </div>
  );
}
