import { formatDuration } from "@/lib/format/duration";

/** How the analytics pages write their numbers; a missing ratio is a dash, never "0 %". */
export function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}

export function formatPercent(ratio: number | null): string {
  return ratio === null ? "—" : `${(ratio * 100).toFixed(1)}%`;
}

export function formatWait(ms: number | null): string {
  return ms === null ? "—" : formatDuration(ms);
}

export function formatAverage(value: number | null): string {
  return value === null ? "—" : value.toFixed(1);
}

const shortDay = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** "1 Jun", for chart axes; tables keep the ISO day, which sorts and pastes cleanly. */
export function formatShortDay(day: string): string {
  return shortDay.format(new Date(`${day}T00:00:00Z`));
}
