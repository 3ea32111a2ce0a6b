import { db } from "@/lib/db/client";
import { listAssignableUsers } from "@/lib/users/list-assignable-users";

/** What the lead table's filter menus offer: values that exist in the data, read with grouped, indexed queries. */
export async function leadFilterOptions() {
  const [offers, sources, actions, countries, owners] = await Promise.all([
    db.offer.findMany({ select: { id: true, title: true, offerKey: true }, orderBy: { title: "asc" }, take: 500 }),
    db.lead.groupBy({ by: ["latestSource"], orderBy: { latestSource: "asc" }, take: 100 }),
    db.lead.groupBy({ by: ["latestAction"], orderBy: { latestAction: "asc" }, take: 100 }),
    db.lead.groupBy({ by: ["country"], orderBy: { country: "asc" }, take: 300 }),
    listAssignableUsers(),
  ]);
  return {
    offers: offers.map((o) => ({ value: o.id, label: o.title ?? o.offerKey, hint: o.offerKey })),
    sources: sources.flatMap((s) => (s.latestSource ? [{ value: s.latestSource, label: s.latestSource }] : [])),
    actions: actions.flatMap((a) => (a.latestAction ? [{ value: a.latestAction, label: a.latestAction }] : [])),
    countries: countries.flatMap((c) => (c.country ? [{ value: c.country, label: c.country }] : [])),
    owners,
  };
}

export type LeadFilterOptions = Awaited<ReturnType<typeof leadFilterOptions>>;
export type FilterOption = LeadFilterOptions["offers"][number] | { value: string; label: string; hint?: string };
