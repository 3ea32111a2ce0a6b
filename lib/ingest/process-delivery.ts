import { db } from "@/lib/db/client";
import { retryOnUniqueViolation } from "@/lib/db/unique-violation";
import { interpretDelivery, type DeliveryProblem } from "@/lib/leads/interpret-delivery";
import { recordLead, type RecordOutcome } from "@/lib/leads/record-lead";

export type ProcessedDelivery =
  | { ok: true; outcome: RecordOutcome; leadId: string }
  | { ok: false; problem: DeliveryProblem };

/**
 * Interprets a journaled delivery's body and records it on its lead. Used for fresh deliveries
 * and for replaying a repaired one from the journal, so both follow exactly the same rules.
 */
export async function processDelivery(deliveryId: string, receivedAt: Date, body: string): Promise<ProcessedDelivery> {
  const interpretation = interpretDelivery(body);
  if (!interpretation.ok) {
    await db.delivery.update({
      where: { id: deliveryId },
      data: { outcome: "rejected", error: interpretation.problem.message, errorField: interpretation.problem.field },
    });
    return { ok: false, problem: interpretation.problem };
  }
  const recorded = await retryOnUniqueViolation(() =>
    db.$transaction((tx) => recordLead(tx, deliveryId, receivedAt, interpretation.delivery), {
      maxWait: 10_000,
      timeout: 20_000,
    }),
  );
  return { ok: true, outcome: recorded.outcome, leadId: recorded.leadId };
}
