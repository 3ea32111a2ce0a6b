import { dueSoonThresholdMs } from "@/lib/follow-up/follow-up-state";
import { apiError } from "@/lib/http/api-error";
import { withUser } from "@/lib/http/with-user";
import { exportLeadsCsv } from "@/lib/leads/export-leads";
import { parseLeadQuery } from "@/lib/leads/lead-query-schema";

export const dynamic = "force-dynamic";

/** GET /api/leads/export?<lead table query>: the whole view as CSV, streamed from the database. */
export const GET = withUser(async (request, { user }) => {
  const parsed = parseLeadQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return apiError(400, parsed.field, parsed.message);
  const lines = exportLeadsCsv(parsed.query, { userId: user.id, now: new Date(), dueSoonMs: dueSoonThresholdMs() });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, "-");
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="leads-${stamp}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
