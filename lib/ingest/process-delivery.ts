import { db, type Tx } from "@/lib/db/client";
import { retryOnUniqueViolation } from "@/lib/db/unique-violation";
import { interpretDelivery, type DeliveryProblem } from "@/lib/leads/interpret-delivery";
import { recordLead, type RecordOutcome } from "@/lib/leads/record-lead";

export type ProcessedDelivery =
  | { ok: true; outcome: RecordOutcome; leadId: string }
  | { ok: false; problem: DeliveryProblem };

/**
 * Interprets a journaled delivery's body and records it on its lead. Used for fresh deliveries
 * and for replaying a repaired one from the journal, so both follow exactly the same rules.
 * `first` runs at the start of the same transaction that records the outcome: a replay claims the
 * delivery and writes its audit entry there, so claim, audit and result commit together or not at all.
 */
export async function processDelivery(
  deliveryId: string,
  receivedAt: Date,
  body: string,
  first?: (tx: Tx) => Promise<void>,
): Promise<ProcessedDelivery> {
  const interpretation = interpretDelivery(body);
  if (!interpretation.ok) {
    const { problem } = interpretation;
    await db.$transaction(async (tx) => {
      await first?.(tx);
      await tx.delivery.update({
        where: { id: deliveryId },
        data: { outcome: "rejected", error: problem.message, errorField: problem.field },
      });
    });
    return { ok: false, problem };
  }
  const recorded = await retryOnUniqueViolation(() =>
    db.$transaction(
      async (tx) => {
        await first?.(tx);
        return recordLead(tx, deliveryId, receivedAt, interpretation.delivery);
      },
      { maxWait: 10_000, timeout: 20_000 },
    ),
  );
  return { ok: true, outcome: recorded.outcome, leadId: recorded.leadId };
}
