import type { Interval } from "./analytics-query-schema";

/**
 * Day and week buckets in UTC, named as the database names them ("YYYY-MM-DD"; a week by its
 * Monday), so a chart can show the days or weeks that had no leads too.
 */
const DAY_MS = 86_400_000;

const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const msOf = (day: string) => Date.parse(`${day}T00:00:00.000Z`);

/** The Monday on or before a day. */
export function weekStart(day: string): string {
  const ms = msOf(day);
  const sinceMonday = (new Date(ms).getUTCDay() + 6) % 7;
  return toDay(ms - sinceMonday * DAY_MS);
}

export function bucketOf(day: string, interval: Interval): string {
  return interval === "week" ? weekStart(day) : day;
}

/** The last day a bucket covers. */
export function bucketEnd(bucket: string, interval: Interval): string {
  return interval === "week" ? toDay(msOf(bucket) + 6 * DAY_MS) : bucket;
}

/** Every bucket from the one holding `first` to the one holding `last`, in order. */
export function bucketsBetween(first: string, last: string, interval: Interval): string[] {
  const step = interval === "week" ? 7 * DAY_MS : DAY_MS;
  const buckets: string[] = [];
  for (let ms = msOf(bucketOf(first, interval)); ms <= msOf(bucketOf(last, interval)); ms += step) buckets.push(toDay(ms));
  return buckets;
}
