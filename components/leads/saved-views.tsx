"use client";

import Link from "next/link";
import { useActionState, useCallback, useRef, useState, useTransition } from "react";
import { deleteViewAction, saveViewAction } from "@/app/(app)/leads/view-actions";
import { Button, buttonClasses } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/form-field";
import { useDismiss } from "@/components/ui/use-dismiss";
import { FormMessage } from "@/components/ui/form-message";
import { IDLE_FORM } from "@/lib/forms/form-state";

export interface SavedView {
  id: string;
  name: string;
  query: string;
}

/** Named views per user: a saved view is only a link to the lead table's URL. */
export function SavedViews({ views, currentQuery }: { views: SavedView[]; currentQuery: string }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(ref, open, close);
  const [result, save, saving] = useActionState(saveViewAction, IDLE_FORM);
  const [, startDelete] = useTransition();
  const active = views.find((v) => v.query === currentQuery);

  return (
    <div ref={ref} className="relative">
      <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)} className={buttonClasses("secondary", "sm")}>
        {active ? `View: ${active.name}` : "Saved views"}
      </button>
      {open ? (
        <div className="absolute right-0 z-30 mt-1 w-72 rounded-lg border border-slate-200 bg-white p-2 shadow-lg">
          {views.length === 0 ? (
            <p className="px-2 py-1.5 text-sm text-slate-500">No saved views yet.</p>
          ) : (
            <ul aria-label="Saved views">
              {views.map((view) => (
                <li key={view.id} className="flex items-center justify-between gap-2 rounded px-2 py-1 hover:bg-slate-50">
                  <Link href={view.query ? `/leads?${view.query}` : "/leads"} onClick={close} className="truncate text-sm text-slate-800 hover:text-brand-700">
                    {view.name}
                  </Link>
                  <button
                    type="button"
                    aria-label={`Delete view ${view.name}`}
                    onClick={() => startDelete(async () => void (await deleteViewAction(view.id)))}
                    className="rounded px-1 text-xs text-slate-500 hover:bg-red-50 hover:text-red-700"
                  >
                    Delete
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form action={save} className="mt-2 border-t border-slate-100 pt-2">
            <input type="hidden" name="query" value={currentQuery} />
            <label htmlFor="view-name" className="block px-1 text-xs font-medium text-slate-600">
              Save the current view as
            </label>
            <div className="mt-1 flex gap-1">
              <input id="view-name" name="name" required maxLength={60} defaultValue={active?.name} className={inputClasses("h-8")} />
              <Button type="submit" size="sm" variant="primary" disabled={saving}>
                Save
              </Button>
            </div>
            <div className="mt-2">
              <FormMessage state={result} />
            </div>
          </form>
        </div>
      ) : null}
    </div>
  );
}
