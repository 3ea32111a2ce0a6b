"use client";

import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { cn } from "./cn";
import { inputClasses } from "./form-field";
import { useDismiss } from "./use-dismiss";

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

/** A compact filter button that opens a checkbox list; the choice applies when it changes. */
export function MultiSelect({
  label,
  options,
  selected,
  onChange,
  searchable = options.length > 8,
}: {
  label: string;
  options: Option[];
  selected: string[];
  onChange: (values: string[]) => void;
  searchable?: boolean;
}) {
  const [open, setOpen] = useState(false);
  // Ticks show at once; the URL (and the server's answer) follows.
  const [chosen, setChosen] = useState(selected);
  useEffect(() => setChosen(selected), [selected]);
  const [filter, setFilter] = useState("");
  const ref = useRef<HTMLDivElement>(null);
  const listId = useId();
  const close = useCallback(() => setOpen(false), []);
  useDismiss(ref, open, close);

  const visible = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return needle ? options.filter((o) => `${o.label} ${o.hint ?? ""}`.toLowerCase().includes(needle)) : options;
  }, [filter, options]);

  const chosenLabels = options.filter((o) => chosen.includes(o.value)).map((o) => o.label);
  const summary = chosen.length === 0 ? "Any" : chosen.length === 1 ? (chosenLabels[0] ?? chosen[0]) : `${chosen.length} selected`;

  function change(values: string[]) {
    setChosen(values);
    onChange(values);
  }

  function toggle(value: string) {
    change(chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]);
  }

  return (
    <div ref={ref} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={`Filter by ${label.toLowerCase()}: ${summary}`}
        onClick={() => setOpen((o) => !o)}
        className={cn(
          "inline-flex h-8 max-w-[15rem] items-center gap-1 rounded-md px-2.5 text-sm ring-1 ring-inset",
          chosen.length ? "bg-brand-50 text-brand-700 ring-brand-100" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50",
        )}
      >
        <span className="font-medium">{label}</span>
        <span className="truncate text-slate-500">{summary}</span>
        <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4 shrink-0 fill-current opacity-60">
          <path d="M5.2 7.5 10 12.3l4.8-4.8 1 1-5.8 5.8-5.8-5.8z" />
        </svg>
      </button>
      {open ? (
        <div
          id={listId}
          role="group"
          aria-label={label}
          className="absolute left-0 z-30 mt-1 w-72 rounded-lg border border-slate-200 bg-white p-2 shadow-lg"
        >
          {searchable ? (
            <input
              autoFocus
              aria-label={`Search ${label.toLowerCase()}`}
              placeholder="Search…"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              className={inputClasses("mb-2 h-8")}
            />
          ) : null}
          <ul className="max-h-64 overflow-y-auto">
            {visible.length === 0 ? <li className="px-2 py-1.5 text-sm text-slate-500">No matches</li> : null}
            {visible.map((option) => (
              <li key={option.value}>
                <label className="flex cursor-pointer items-start gap-2 rounded px-2 py-1.5 text-sm hover:bg-slate-50">
                  <input
                    type="checkbox"
                    className="mt-0.5 h-4 w-4 rounded border-slate-300 accent-brand-600"
                    checked={chosen.includes(option.value)}
                    onChange={() => toggle(option.value)}
                  />
                  <span className="min-w-0">
                    <span className="block truncate text-slate-800">{option.label}</span>
                    {option.hint ? <span className="block truncate font-mono text-xs text-slate-500">{option.hint}</span> : null}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {chosen.length ? (
            <button type="button" onClick={() => change([])} className="mt-1 w-full rounded px-2 py-1 text-left text-xs font-medium text-brand-700 hover:bg-brand-50">
              Clear {label.toLowerCase()}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
