/** Next.js hands pages their query as a record; filters and paging live there (bookmarkable, shareable). */
export type SearchParams = Record<string, string | string[] | undefined>;

export function firstParam(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || undefined;
}

export const PAGE_SIZE = 50;

/** A 1-based page number; anything else is page 1. */
export function pageParam(params: SearchParams): number {
  const page = Number(firstParam(params, "page"));
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD day (UTC) as the instant it starts, or undefined when the value is not a real day. */
export function dayParam(params: SearchParams, name: string): string | undefined {
  const value = firstParam(params, name);
  const match = value ? DAY.exec(value) : null;
  if (!match) return undefined;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? undefined : value;
}

/** The instants a from/to pair of days covers, `to` included whole. */
export function dayRange(from: string | undefined, to: string | undefined): { gte?: Date; lt?: Date } | undefined {
  if (!from && !to) return undefined;
  const range: { gte?: Date; lt?: Date } = {};
  if (from) range.gte = new Date(`${from}T00:00:00.000Z`);
  if (to) range.lt = new Date(new Date(`${to}T00:00:00.000Z`).getTime() + 24 * 60 * 60 * 1000);
  return range;
}

/** A query string from filter values, leaving out empty ones (and page 1). */
export function queryString(values: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === "" || (name === "page" && value === 1)) continue;
    query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}
