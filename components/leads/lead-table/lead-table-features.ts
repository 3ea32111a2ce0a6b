import {
  columnVisibilityFeature,
  createColumnHelper,
  rowPaginationFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/react-table";
import type { LeadRowView } from "@/lib/leads/lead-row-view";

// Sorting and paging are declared here but run in the database (manual modes): the table only
// renders the page the server sent.
export const leadTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  rowSelectionFeature,
});

export const leadColumnHelper = createColumnHelper<typeof leadTableFeatures, LeadRowView>();
