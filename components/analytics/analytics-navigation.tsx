"use client";

import { usePathname, useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useRef, useTransition } from "react";
import { cn } from "@/components/ui/cn";
import { analyticsQueryToSearchParams, type AnalyticsQuery } from "@/lib/analytics/analytics-query-schema";

/**
 * The URL is the analytics state: a filter change pushes a new URL and the server counts again.
 * While it does, the figures on screen dim and say so, rather than vanishing.
 */
interface Navigation {
  navigate: (change: Partial<AnalyticsQuery>) => void;
  pending: boolean;
}

const NavigationContext = createContext<Navigation | null>(null);

export function AnalyticsNavigation({ query, children }: { query: AnalyticsQuery; children: React.ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  // Changes made before the server has answered build on each other, not on the page shown.
  const latest = useRef(query);
  useEffect(() => {
    latest.current = query;
  }, [query]);
  const navigate = useCallback(
    (change: Partial<AnalyticsQuery>) => {
      latest.current = { ...latest.current, ...change };
      const search = analyticsQueryToSearchParams(latest.current).toString();
      startTransition(() => router.push(search ? `${pathname}?${search}` : pathname, { scroll: false }));
    },
    [pathname, router],
  );
  return <NavigationContext.Provider value={{ navigate, pending }}>{children}</NavigationContext.Provider>;
}

export function useAnalyticsNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error("useAnalyticsNavigation needs an <AnalyticsNavigation> around it");
  return navigation;
}

export function PendingFigures({ children }: { children: React.ReactNode }) {
  const { pending } = useAnalyticsNavigation();
  return (
    <div aria-busy={pending} className={cn("space-y-4 transition-opacity", pending && "pointer-events-none opacity-50")}>
      {children}
    </div>
  );
}

export function PendingNotice() {
  const { pending } = useAnalyticsNavigation();
  return (
    <span role="status" className="text-xs text-slate-500">
      {pending ? "Counting…" : ""}
    </span>
  );
}
