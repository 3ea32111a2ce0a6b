import Link from "next/link";
import { buttonClasses } from "./button";
import { cn } from "./cn";

/**
 * "1–50 of 1,234" with previous and next links. The page lives in the URL (`?page=`), so every
 * page of a filtered list can be bookmarked and shared.
 */
export function Pagination({
  page,
  pageSize,
  total,
  hrefFor,
  noun,
}: {
  page: number;
  pageSize: number;
  total: number;
  hrefFor: (page: number) => string;
  noun: string;
}) {
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const link = (target: number, label: string, rel: string) =>
    target < 1 || target > lastPage ? (
      <span aria-disabled="true" className={cn(buttonClasses("secondary", "sm"), "pointer-events-none opacity-50")}>
        {label}
      </span>
    ) : (
      <Link href={hrefFor(target)} rel={rel} className={buttonClasses("secondary", "sm")}>
        {label}
      </Link>
    );
  return (
    <nav aria-label={`${noun} pages`} className="flex flex-wrap items-center justify-between gap-2 px-1 py-2 text-sm text-slate-600">
      <p>
        {total === 0
          ? `No ${noun}`
          : `${first.toLocaleString("en-US")}–${last.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} ${noun}`}
      </p>
      {lastPage > 1 ? (
        <div className="flex items-center gap-2">
          {link(page - 1, "Previous", "prev")}
          <span className="tabular-nums">
            Page {Math.min(page, lastPage)} of {lastPage}
          </span>
          {link(page + 1, "Next", "next")}
        </div>
      ) : null}
    </nav>
  );
}
