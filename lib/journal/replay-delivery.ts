import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { FieldError } from "@/lib/errors/field-error";
import { processDelivery, type ProcessedDelivery } from "@/lib/ingest/process-delivery";
import { isDeliveryOutcome, isReplayable, OUTCOME_LABELS } from "./delivery-outcome";
import { replayDeliverySchema, type ReplayDeliveryInput } from "./delivery-schema";

function notReplayable(outcome: string): FieldError {
  const label = isDeliveryOutcome(outcome) ? OUTCOME_LABELS[outcome].toLowerCase() : outcome;
  return new FieldError("deliveryId", `this delivery was ${label}; only rejected or unprocessed deliveries are replayed`, 409);
}

/**
 * Replays a rejected (or never processed) delivery with a corrected body, through the same ingest
 * logic as a fresh delivery, dated when it was first received. The raw body is never touched: the
 * correction is stored beside it. The claim (a compare-and-set on outcome and replayedAt), the
 * audit entry and the lead it produces are one transaction, so two admins replaying at once
 * cannot both record it.
 */
export async function replayDelivery(
  actor: SessionUser,
  input: ReplayDeliveryInput,
  now = new Date(),
): Promise<ProcessedDelivery> {
  const { deliveryId, body } = replayDeliverySchema.parse(input);
  const found = await db.delivery.findUnique({ where: { id: deliveryId }, select: { receivedAt: true, outcome: true } });
  if (!found) throw new FieldError("deliveryId", "no delivery with this id", 404);
  if (!isReplayable(found.outcome)) throw notReplayable(found.outcome);

  return processDelivery(deliveryId, found.receivedAt, body, async (tx) => {
    const delivery = await tx.delivery.findUniqueOrThrow({
      where: { id: deliveryId },
      select: { outcome: true, error: true, rawBody: true, correctedBody: true, replayedAt: true },
    });
    if (!isReplayable(delivery.outcome)) throw notReplayable(delivery.outcome);
    const correctedBody = body === delivery.rawBody ? null : body;
    const claimed = await tx.delivery.updateMany({
      where: { id: deliveryId, outcome: delivery.outcome, replayedAt: delivery.replayedAt },
      data: { correctedBody, correctedById: actor.id, replayedAt: now },
    });
    if (claimed.count === 0) {
      throw new FieldError("deliveryId", "someone replayed this delivery a moment ago; reload to see the result", 409);
    }
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "delivery",
      entityId: deliveryId,
      action: "delivery.replayed",
      before: { outcome: delivery.outcome, error: delivery.error, correctedBody: delivery.correctedBody },
      after: { correctedBody, replayedAt: now.toISOString() },
    });
  });
}
