import { z } from "zod";
import { FOLLOW_UP_STATES } from "@/lib/follow-up/follow-up-state";
import { FUNNEL_STAGES } from "./funnel-stage";
import { FUNNEL_STEPS } from "./funnel-steps";
import { LEAD_STATUSES } from "./lead-status";

/**
 * The lead table's whole state, as it lives in the URL: filters, sort, page, page size and visible
 * columns. The page, GET /api/leads and the CSV export all read it through this one schema, so a
 * bookmarked view, a shared link and an export show the same leads.
 */

export const LEAD_COLUMNS = [
  "contact",
  // The 24-hour clock sits next to the name: it is what a rep scans for first.
  "followUp",
  "company",
  "title",
  "country",
  "offer",
  "source",
  "action",
  "stage",
  "status",
  "owner",
  "received",
  "attempts",
  "nextTouch",
] as const;
export type LeadColumn = (typeof LEAD_COLUMNS)[number];

// Source is shown under the action in the default view, to keep the table within a laptop screen.
export const DEFAULT_COLUMNS: LeadColumn[] = ["contact", "followUp", "company", "offer", "action", "stage", "status", "owner", "received"];

export const COLUMN_LABELS: Record<LeadColumn, string> = {
  contact: "Contact",
  company: "Company",
  title: "Job title",
  country: "Country",
  offer: "Offer",
  source: "Source",
  action: "Action",
  stage: "Stage",
  status: "Status",
  owner: "Owner",
  received: "Received",
  followUp: "Follow-up due",
  attempts: "Attempts",
  nextTouch: "Next touch",
};

export const PAGE_SIZES = [25, 50, 100, 200] as const;
export const STAGE_FILTERS = [...FUNNEL_STAGES, "none"] as const;
export const VISIBILITY = ["hide", "show", "only"] as const;

const many = <T extends z.ZodType>(item: T) => z.array(item).max(200).default([]);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  // Round-tripping catches dates the parser would roll over, such as 2026-02-30.
  .refine((value) => {
    const time = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
  }, "expected a real date");

export const leadQuerySchema = z
  .object({
    q: z.string().trim().max(200, "at most 200 characters").default(""),
    offer: many(z.string().min(1).max(100)),
    source: many(z.string().min(1).max(200)),
    action: many(z.string().min(1).max(100)),
    stage: many(z.enum(STAGE_FILTERS, { error: `expected one of ${STAGE_FILTERS.join(", ")}` })),
    status: many(z.enum(LEAD_STATUSES, { error: `expected one of ${LEAD_STATUSES.join(", ")}` })),
    owner: many(z.string().min(1).max(100)),
    followUp: many(z.enum(FOLLOW_UP_STATES, { error: `expected one of ${FOLLOW_UP_STATES.join(", ")}` })),
    country: many(z.string().min(1).max(100)),
    // Leads that reached a funnel step (the analytics funnel links here).
    reached: z.enum(FUNNEL_STEPS, { error: `expected one of ${FUNNEL_STEPS.join(", ")}` }).optional(),
    from: day.optional(),
    to: day.optional(),
    test: z.enum(VISIBILITY, { error: "expected hide, show or only" }).default("hide"),
    dnc: z.enum(VISIBILITY, { error: "expected hide, show or only" }).default("hide"),
    sort: z.enum(LEAD_COLUMNS, { error: `expected one of ${LEAD_COLUMNS.join(", ")}` }).default("received"),
    dir: z.enum(["asc", "desc"], { error: "expected asc or desc" }).default("desc"),
    page: z.coerce.number({ error: "expected a page number" }).int().min(1, "starts at 1").max(1_000_000).default(1),
    size: z.coerce
      .number({ error: "expected a page size" })
      .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), `expected one of ${PAGE_SIZES.join(", ")}`)
      .default(50),
    cols: z
      .array(z.enum(LEAD_COLUMNS, { error: `expected columns among ${LEAD_COLUMNS.join(", ")}` }))
      .max(LEAD_COLUMNS.length)
      .default(DEFAULT_COLUMNS),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ["to"],
    message: "must be on or after from",
  });

export type LeadQuery = z.output<typeof leadQuerySchema>;

const MULTI_KEYS = ["offer", "source", "action", "stage", "status", "owner", "followUp", "country"] as const;

export type SearchParamsLike = URLSearchParams | Record<string, string | string[] | undefined>;

function toUrlSearchParams(input: SearchParamsLike): URLSearchParams {
  if (input instanceof URLSearchParams) return input;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  return params;
}

/** The raw object the schema reads: repeated keys for multi-value filters, cols as a comma list. */
export function leadQueryInput(input: SearchParamsLike): Record<string, unknown> {
  const params = toUrlSearchParams(input);
  const raw: Record<string, unknown> = {};
  for (const key of params.keys()) {
    if ((MULTI_KEYS as readonly string[]).includes(key)) raw[key] = params.getAll(key).filter((v) => v !== "");
    else if (key === "cols") raw.cols = (params.get("cols") ?? "").split(",").filter(Boolean);
    else if (params.get(key) !== "") raw[key] = params.get(key);
  }
  return raw;
}

export type QueryResult<T> = { ok: true; query: T } | { ok: false; field: string; message: string };
export type LeadQueryResult = QueryResult<LeadQuery>;

/** Reads URL search params with a query schema; a bad value is reported with the parameter it came from. */
export function parseSearchParams<S extends z.ZodType>(schema: S, input: SearchParamsLike): QueryResult<z.output<S>> {
  const result = schema.safeParse(leadQueryInput(input));
  if (result.success) return { ok: true, query: result.data };
  const issue = result.error.issues[0]!;
  const field = String(issue.path[0] ?? "query");
  return { ok: false, field, message: `${field}: ${issue.message}` };
}

export function parseLeadQuery(input: SearchParamsLike): LeadQueryResult {
  return parseSearchParams(leadQuerySchema, input);
}

export const DEFAULT_LEAD_QUERY: LeadQuery = leadQuerySchema.parse({});

/** The URL form of a query, leaving defaults out so links stay short and readable. */
export function leadQueryToSearchParams(query: Partial<LeadQuery>): URLSearchParams {
  const params = new URLSearchParams();
  const full = { ...DEFAULT_LEAD_QUERY, ...query };
  if (full.q) params.set("q", full.q);
  for (const key of MULTI_KEYS) for (const value of full[key] as string[]) params.append(key, value);
  if (full.reached) params.set("reached", full.reached);
  if (full.from) params.set("from", full.from);
  if (full.to) params.set("to", full.to);
  if (full.test !== "hide") params.set("test", full.test);
  if (full.dnc !== "hide") params.set("dnc", full.dnc);
  if (full.sort !== "received" || full.dir !== "desc") {
    params.set("sort", full.sort);
    params.set("dir", full.dir);
  }
  if (full.page !== 1) params.set("page", String(full.page));
  if (full.size !== 50) params.set("size", String(full.size));
  if (full.cols.join(",") !== DEFAULT_COLUMNS.join(",")) params.set("cols", full.cols.join(","));
  return params;
}
