"use client";

import { useCallback, useRef, useState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { useDismiss } from "@/components/ui/use-dismiss";
import { COLUMN_LABELS, DEFAULT_COLUMNS, LEAD_COLUMNS, type LeadColumn } from "@/lib/leads/lead-query-schema";

export function ColumnChooser({ visible, onChange }: { visible: LeadColumn[]; onChange: (cols: LeadColumn[]) => void }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(ref, open, close);

  function toggle(column: LeadColumn) {
    const next = visible.includes(column) ? visible.filter((c) => c !== column) : [...visible, column];
    // Keep the table's own column order whatever order they were ticked in; never hide them all.
    if (next.length) onChange(LEAD_COLUMNS.filter((c) => next.includes(c)));
  }

  return (
    <div ref={ref} className="relative">
      <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)} className={buttonClasses("secondary", "sm")}>
        Columns
      </button>
      {open ? (
        <div role="group" aria-label="Visible columns" className="absolute right-0 z-30 mt-1 w-56 rounded-lg border border-slate-200 bg-white p-2 shadow-lg">
          <ul>
            {LEAD_COLUMNS.map((column) => (
              <li key={column}>
                <label className="flex cursor-pointer items-center gap-2 rounded px-2 py-1 text-sm hover:bg-slate-50">
                  <input
                    type="checkbox"
                    className="h-4 w-4 accent-brand-600"
                    checked={visible.includes(column)}
                    disabled={visible.length === 1 && visible.includes(column)}
                    onChange={() => toggle(column)}
                  />
                  {COLUMN_LABELS[column]}
                </label>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => onChange(DEFAULT_COLUMNS)} className="mt-1 w-full rounded px-2 py-1 text-left text-xs font-medium text-brand-700 hover:bg-brand-50">
            Reset to default columns
          </button>
        </div>
      ) : null}
    </div>
  );
}
