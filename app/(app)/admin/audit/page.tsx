import { AuditTable } from "@/components/admin/audit-table";
import { DayRangeFields, FilterField, filterInputClasses } from "@/components/admin/filter-bar";
import { FilteredList } from "@/components/admin/filtered-list";
import { PageHeader } from "@/components/ui/page-header";
import { AUDIT_KIND_LABELS, AUDIT_KINDS, auditFilters } from "@/lib/audit/audit-filters";
import { listAuditActors, listAuditEntries } from "@/lib/audit/list-audit-entries";
import type { SearchParams } from "@/lib/paging/search-params";

export const metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const filters = auditFilters(await searchParams);
  const [{ rows, total }, actors] = await Promise.all([listAuditEntries(filters), listAuditActors()]);
  return (
    <div className="space-y-5">
      <PageHeader
        title="Audit log"
        description="Every change to a lead, a user, a key or a delivery: who made it, when, and the values before and after. Entries are written with the change itself and never edited."
      />
      <FilteredList
        title="Changes"
        path="/admin/audit"
        filters={filters}
        noun="changes"
        total={total}
        empty={{ title: "No changes recorded yet", hint: "Changes to leads, users and keys appear here as they happen." }}
        fields={
          <>
            <FilterField label="Who" htmlFor="actor">
              <select id="actor" name="actor" defaultValue={filters.actor ?? ""} className={filterInputClasses}>
                <option value="">Anyone</option>
                {actors.map((actor) => (
                  <option key={actor.id} value={actor.id}>
                    {actor.name} ({actor.email})
                  </option>
                ))}
              </select>
            </FilterField>
            <FilterField label="Kind" htmlFor="kind">
              <select id="kind" name="kind" defaultValue={filters.kind ?? ""} className={filterInputClasses}>
                <option value="">All kinds</option>
                {AUDIT_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {AUDIT_KIND_LABELS[kind]}
                  </option>
                ))}
              </select>
            </FilterField>
            <FilterField label="Lead, user, key or delivery id" htmlFor="subject">
              <input
                id="subject"
                name="subject"
                defaultValue={filters.subject}
                placeholder="e.g. a lead's id"
                spellCheck={false}
                className={`${filterInputClasses} w-56 font-mono text-xs`}
              />
            </FilterField>
            <DayRangeFields from={filters.from} to={filters.to} />
          </>
        }
      >
        {rows.length > 0 ? <AuditTable rows={rows} caption="Audit log, newest first" /> : null}
      </FilteredList>
    </div>
  );
}
