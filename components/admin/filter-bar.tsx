import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/form-field";

/**
 * A GET form for list filters: applying it writes the filters into the URL (and back to page 1),
 * so a filtered view is a link that can be shared. Works without JavaScript.
 */
export function FilterBar({ action, children, active }: { action: string; children: React.ReactNode; active: boolean }) {
  return (
    <form method="get" action={action} role="search" className="flex flex-wrap items-end gap-3 px-4 py-3">
      {children}
      <div className="flex gap-2">
        <button type="submit" className={buttonClasses("secondary")}>
          Apply
        </button>
        {active ? (
          <Link href={action} className={buttonClasses("ghost")}>
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}

export function FilterField({ label, htmlFor, children }: { label: string; htmlFor: string; children: React.ReactNode }) {
  return (
    <div className="min-w-[9rem]">
      <label htmlFor={htmlFor} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      <div className="mt-1">{children}</div>
    </div>
  );
}

export const filterInputClasses = inputClasses("h-9");

/** From/to days (UTC), the same on every filtered list. */
export function DayRangeFields({ from, to }: { from?: string; to?: string }) {
  return (
    <>
      <FilterField label="From (UTC)" htmlFor="from">
        <input id="from" name="from" type="date" defaultValue={from} className={filterInputClasses} />
      </FilterField>
      <FilterField label="To (UTC)" htmlFor="to">
        <input id="to" name="to" type="date" defaultValue={to} className={filterInputClasses} />
      </FilterField>
    </>
  );
}
