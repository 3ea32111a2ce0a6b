import { NextResponse } from "next/server";
import { apiError, databaseUnavailable } from "@/lib/http/api-error";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import { authenticateIngestKey, presentedIngestKey } from "@/lib/ingest/authenticate-ingest-key";
import { journalDelivery } from "@/lib/ingest/journal-delivery";
import { MAX_LEAD_BODY_BYTES } from "@/lib/ingest/max-lead-body";
import { processDelivery } from "@/lib/ingest/process-delivery";

function remoteAddress(request: Request): string | null {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip");
}

/**
 * POST /api/leads — the URL pasted into Partner Center. Order matters: authenticate, journal the
 * raw body durably, then interpret. A 2xx is sent only once the lead is stored.
 */
export async function receiveLead(request: Request): Promise<NextResponse> {
  let caller;
  try {
    caller = await authenticateIngestKey(presentedIngestKey(request));
  } catch {
    return databaseUnavailable();
  }
  if (!caller) {
    await request.body?.cancel().catch(() => undefined);
    return apiError(401, "key", "missing or not accepted; add ?key=<ingest key> to the URL or send Authorization: Bearer <key>");
  }

  const contentType = request.headers.get("content-type");
  const body = await readLimitedBody(request, MAX_LEAD_BODY_BYTES);
  if (!body.ok) {
    const message = `larger than ${MAX_LEAD_BODY_BYTES / 1024} KB; a marketplace lead is a few hundred bytes`;
    // What was read is kept, marked rejected, so nothing that arrived is silently dropped.
    await journalDelivery({
      caller,
      rawBody: body.head,
      contentType,
      remoteAddress: remoteAddress(request),
      outcome: "rejected",
      error: { field: "body", message: `body: ${message}` },
    }).catch(() => undefined);
    return apiError(413, "body", message);
  }

  let journaled;
  try {
    journaled = await journalDelivery({ caller, rawBody: body.text, contentType, remoteAddress: remoteAddress(request) });
  } catch {
    return databaseUnavailable();
  }

  try {
    const processed = await processDelivery(journaled.id, journaled.receivedAt, body.text);
    if (!processed.ok) {
      return apiError(400, processed.problem.field, processed.problem.message, { deliveryId: journaled.id });
    }
    return NextResponse.json(
      { leadId: processed.leadId, outcome: processed.outcome, deliveryId: journaled.id },
      { status: processed.outcome === "accepted" ? 201 : 200 },
    );
  } catch {
    // The raw body is in the journal (outcome "received") and can be replayed from there.
    return databaseUnavailable();
  }
}
