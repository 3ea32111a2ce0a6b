import { redirect } from "next/navigation";
import type { SearchParams } from "./read-page-query";

/** /analytics opens the funnel, keeping any filters in the link. */
export default async function AnalyticsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  const search = params.toString();
  redirect(search ? `/analytics/funnel?${search}` : "/analytics/funnel");
}
