/** Calm, distinguishable series colours, in order of use; they repeat past eight series. */
const PALETTE = ["#4f46e5", "#0891b2", "#059669", "#d97706", "#db2777", "#7c3aed", "#475569", "#65a30d"];

export function seriesColor(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}

/** Outcome colours shared by every follow-up chart, so "met" looks the same everywhere. */
export const OUTCOME_COLORS = {
  met: "#059669",
  missed: "#d97706",
  overdue: "#dc2626",
  waiting: "#94a3b8",
  share: "#4f46e5",
  won: "#059669",
  lost: "#94a3b8",
} as const;

export const AXIS_TICK = { fontSize: 12, fill: "#475569" };
export const GRID_STROKE = "#e2e8f0";

/** Legends list series in the order they are drawn (Recharts sorts them by name otherwise). */
export const LEGEND_PROPS = { wrapperStyle: { fontSize: 12 }, itemSorter: null } as const;

/** Long offer and rep names on a category axis: cut with an ellipsis, the table has them whole. */
export function shortLabel(text: string, max = 24): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
