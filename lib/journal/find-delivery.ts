import { db } from "@/lib/db/client";

/** One delivery with everything the journal's detail page shows, and who last corrected it. */
export async function findDelivery(deliveryId: string) {
  const delivery = await db.delivery.findUnique({
    where: { id: deliveryId },
    select: {
      id: true,
      receivedAt: true,
      keySource: true,
      contentType: true,
      remoteAddress: true,
      rawBody: true,
      outcome: true,
      error: true,
      errorField: true,
      correctedBody: true,
      correctedById: true,
      replayedAt: true,
      leadId: true,
      ingestKey: { select: { id: true, label: true, revokedAt: true } },
      lead: { select: { id: true, contactName: true, email: true, offerTitle: true } },
    },
  });
  if (!delivery) return null;
  const corrector = delivery.correctedById
    ? await db.user.findUnique({ where: { id: delivery.correctedById }, select: { name: true } })
    : null;
  return { ...delivery, correctedByName: corrector?.name ?? null };
}

export type DeliveryDetail = NonNullable<Awaited<ReturnType<typeof findDelivery>>>;
