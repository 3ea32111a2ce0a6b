/** The look of every data table in the admin pages: dense, calm, scrolling sideways when it must. */
export const tableFrame = "relative overflow-x-auto"; // relative: keeps sr-only captions inside the frame
export const tableClasses = "min-w-full divide-y divide-slate-200 text-sm";
export const headCell = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-500";
export const bodyCell = "px-3 py-2.5";

/**
 * On phones a table becomes a list of cards, one per row, cells stacked; from md up it is a table.
 * For tables with long cells (bodies, before/after values) that cannot usefully scroll sideways.
 */
export const stacked = {
  table: "relative block w-full text-sm md:table md:min-w-full md:divide-y md:divide-slate-200",
  head: "hidden md:table-header-group",
  body: "block divide-y divide-slate-100 md:table-row-group",
  row: "block space-y-1 px-4 py-3 md:table-row md:space-y-0 md:p-0",
  cell: "block md:table-cell md:px-3 md:py-2.5 md:align-top",
};
