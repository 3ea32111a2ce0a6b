import { DayRangeFields, FilterField, filterInputClasses } from "@/components/admin/filter-bar";
import { FilteredList } from "@/components/admin/filtered-list";
import { JournalTable } from "@/components/admin/journal-table";
import { PageHeader } from "@/components/ui/page-header";
import { DELIVERY_OUTCOMES, OUTCOME_LABELS } from "@/lib/journal/delivery-outcome";
import { journalFilters, SERVER_KEY } from "@/lib/journal/journal-filters";
import { listDeliveries, listKeyChoices } from "@/lib/journal/list-deliveries";
import type { SearchParams } from "@/lib/paging/search-params";

export const metadata = { title: "Delivery journal" };
export const dynamic = "force-dynamic";

export default async function JournalPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filters = journalFilters(await searchParams);
  const [{ rows, total }, keys] = await Promise.all([listDeliveries(filters), listKeyChoices()]);
  return (
    <div className="space-y-5">
      <PageHeader
        title="Delivery journal"
        description="Every body the endpoint accepted a key for, exactly as received, before anything read it. Rejected deliveries can be repaired and replayed."
      />
      <FilteredList
        title="Deliveries"
        path="/admin/journal"
        filters={filters}
        noun="deliveries"
        total={total}
        empty={{ title: "No deliveries yet", hint: "When Partner Center (or anyone with a key) posts to /api/leads, each body is kept here first." }}
        fields={
          <>
            <FilterField label="Outcome" htmlFor="outcome">
              <select id="outcome" name="outcome" defaultValue={filters.outcome ?? ""} className={filterInputClasses}>
                <option value="">All outcomes</option>
                {DELIVERY_OUTCOMES.map((outcome) => (
                  <option key={outcome} value={outcome}>
                    {OUTCOME_LABELS[outcome]}
                  </option>
                ))}
              </select>
            </FilterField>
            <FilterField label="Key" htmlFor="key">
              <select id="key" name="key" defaultValue={filters.key ?? ""} className={filterInputClasses}>
                <option value="">All keys</option>
                <option value={SERVER_KEY}>Server key (LEAD_INGEST_KEY)</option>
                {keys.map((key) => (
                  <option key={key.id} value={key.id}>
                    {key.label}
                    {key.revokedAt ? " (revoked)" : ""}
                  </option>
                ))}
              </select>
            </FilterField>
            <DayRangeFields from={filters.from} to={filters.to} />
          </>
        }
      >
        {rows.length > 0 ? <JournalTable rows={rows} /> : null}
      </FilteredList>
    </div>
  );
}
