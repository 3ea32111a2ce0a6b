import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { StatePanel } from "@/components/ui/state-panel";
import { PAGE_SIZE, queryString } from "@/lib/paging/search-params";
import { FilterBar } from "./filter-bar";

/**
 * A long, filtered, paged list (the journal, the audit log): a GET filter form, the rows or a
 * "nothing matches" panel, and paging links. Filters and page live in the URL.
 */
export function FilteredList({
  title,
  path,
  filters,
  fields,
  noun,
  total,
  empty,
  children,
}: {
  title: string;
  path: string;
  /** The current filters and page, written back into the paging links. */
  filters: Record<string, string | number | undefined> & { page: number };
  fields: React.ReactNode;
  noun: string;
  total: number;
  /** What to say when there is nothing at all yet (as opposed to nothing matching). */
  empty: { title: string; hint: string };
  children: React.ReactNode;
}) {
  const filtered = Object.entries(filters).some(([name, value]) => name !== "page" && value !== undefined);
  return (
    <Section title={title} flush>
      <FilterBar action={path} active={filtered}>
        {fields}
      </FilterBar>
      <div className="border-t border-slate-100">
        {total === 0 || !children ? (
          <div className="p-4">
            <StatePanel title={filtered ? `No ${noun} match these filters` : empty.title}>
              {filtered ? "Widen the dates or clear the filters." : empty.hint}
            </StatePanel>
          </div>
        ) : (
          children
        )}
      </div>
      {total > 0 ? (
        <div className="border-t border-slate-100 px-3">
          <Pagination page={filters.page} pageSize={PAGE_SIZE} total={total} hrefFor={(page) => `${path}${queryString({ ...filters, page })}`} noun={noun} />
        </div>
      ) : null}
    </Section>
  );
}
