import Link from "next/link";
import { cn } from "@/components/ui/cn";

export const ANALYTICS_TABS = [
  { href: "/analytics/funnel", label: "Funnel" },
  { href: "/analytics/follow-up", label: "Follow-up" },
  { href: "/analytics/trends", label: "Trends" },
] as const;

export type AnalyticsTab = (typeof ANALYTICS_TABS)[number]["href"];

/** The three analytics pages; moving between them keeps the filters. */
export function AnalyticsTabs({ active, search }: { active: AnalyticsTab; search: string }) {
  return (
    <nav aria-label="Analytics pages" className="-mb-px flex gap-1 overflow-x-auto border-b border-slate-200">
      {ANALYTICS_TABS.map((tab) => (
        <Link
          key={tab.href}
          href={search ? `${tab.href}?${search}` : tab.href}
          aria-current={tab.href === active ? "page" : undefined}
          className={cn(
            "whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium",
            tab.href === active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
