import { db } from "@/lib/db/client";

export interface NamedOffer {
  offerId: string;
  title: string;
  offerKey: string | null;
}

/** Names the offers a report mentions, by id (the id itself if the offer is gone). */
export async function offerNames(ids: string[]): Promise<(offerId: string) => NamedOffer> {
  const offers = ids.length
    ? await db.offer.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, offerKey: true } })
    : [];
  const byId = new Map(offers.map((o) => [o.id, o]));
  return (offerId) => {
    const offer = byId.get(offerId);
    return { offerId, title: offer?.title ?? offer?.offerKey ?? offerId, offerKey: offer?.offerKey ?? null };
  };
}
