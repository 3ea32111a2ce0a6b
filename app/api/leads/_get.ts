import { dueSoonThresholdMs } from "@/lib/follow-up/follow-up-state";
import { apiError } from "@/lib/http/api-error";
import { jsonNoStore, withUser } from "@/lib/http/with-user";
import { parseLeadQuery } from "@/lib/leads/lead-query-schema";
import { toLeadRowView } from "@/lib/leads/lead-row-view";
import { listLeads } from "@/lib/leads/list-leads";

/** GET /api/leads?<lead table query>: the same leads the table shows, as `{ total, rows }`. */
export const listLeadsHandler = withUser(async (request, { user }) => {
  const parsed = parseLeadQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return apiError(400, parsed.field, parsed.message);
  const { rows, total } = await listLeads(parsed.query, { userId: user.id, now: new Date(), dueSoonMs: dueSoonThresholdMs() });
  return jsonNoStore({ total, page: parsed.query.page, size: parsed.query.size, rows: rows.map(toLeadRowView) });
});
