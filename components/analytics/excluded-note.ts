import type { ExcludedLeads } from "@/lib/analytics/count-excluded-leads";
import { formatCount } from "./format";

const plural = (count: number, one: string, many: string) => `${formatCount(count)} ${count === 1 ? one : many}`;

/** "Not counted: 2 test leads and 1 do-not-contact lead matching these filters." */
export function excludedNote({ test, doNotContact }: ExcludedLeads): string {
  if (test === 0 && doNotContact === 0) return "No test or do-not-contact leads match these filters.";
  const parts = [test ? plural(test, "test lead", "test leads") : null, doNotContact ? plural(doNotContact, "do-not-contact lead", "do-not-contact leads") : null];
  return `Not counted: ${parts.filter(Boolean).join(" and ")} matching these filters.`;
}
