"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";
import { leadQueryToSearchParams, type LeadQuery } from "@/lib/leads/lead-query-schema";

/**
 * The URL is the lead table's state: every control calls `navigate` with what it changes, and the
 * server renders the new page. Changing a filter returns to page 1.
 */
export function useLeadQueryNavigation(query: LeadQuery) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  const navigate = useCallback(
    (change: Partial<LeadQuery>, options: { keepPage?: boolean; replace?: boolean } = {}) => {
      const next = { ...query, ...change };
      if (!options.keepPage && !("page" in change)) next.page = 1;
      const search = leadQueryToSearchParams(next).toString();
      const href = search ? `${pathname}?${search}` : pathname;
      startTransition(() => (options.replace ? router.replace(href, { scroll: false }) : router.push(href, { scroll: false })));
    },
    [query, pathname, router],
  );

  return { navigate, pending };
}
