import { db, type Db } from "@/lib/db/client";
import { resolveDatabaseTarget } from "@/lib/db/database-url";
import { titleKey } from "@/lib/leads/lead-identity";
import { OFFER_CATALOGUE, splitOfferKey } from "./catalogue";
import { generateLeadBatches, seedIdPrefix } from "./generate-leads";
import { openBatchWriter } from "./batch-writer";
import { upsertSeedTeam } from "./sales-team";
import { DAY, SEED_HISTORY_DAYS } from "./timeline";

export interface SeedOptions {
  leads: number;
  seed: number;
  /** Every timestamp is placed relative to this moment; fix it to reproduce a run exactly. */
  now: Date;
  batchSize?: number;
  onProgress?: (leadsWritten: number) => void;
}

export interface SeedCounts {
  leads: number;
  contacts: number;
  events: number;
  activities: number;
}

export type SeedResult =
  | ({ status: "seeded"; elapsedMs: number; users: number; offers: number } & SeedCounts)
  | { status: "already-present"; existingLeads: number };

export const DEFAULT_BATCH_SIZE = 5_000;

/** Catalogue offers are shared by every seed: created once, found afterwards. */
async function upsertCatalogue(db: Db, createdAt: Date): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const offer of OFFER_CATALOGUE) {
    const row = await db.offer.upsert({
      where: { offerKey: offer.key },
      update: {},
      create: {
        id: `seed_offer_${offer.key}`,
        offerKey: offer.key,
        ...splitOfferKey(offer.key),
        title: offer.title,
        titleKey: titleKey(offer.title),
        createdAt,
      },
      select: { id: true },
    });
    ids.set(offer.key, row.id);
  }
  return ids;
}

/**
 * Adds `leads` synthetic marketplace leads to the database, with their contacts, deliveries,
 * events and sales activity. Each seed owns its rows (ids and email addresses carry the seed),
 * so different seeds add up; a seed already present is reported and nothing is written.
 * Offers and the sales team are shared and only created when missing.
 */
export async function seedLeads(options: SeedOptions): Promise<SeedResult> {
  const startedAt = Date.now();
  const prefix = seedIdPrefix(options.seed);
  // Batches commit whole and in order, so a seed that wrote anything wrote its first contact.
  if (await db.contact.findUnique({ where: { id: `${prefix}contact_00000001` }, select: { id: true } })) {
    return { status: "already-present", existingLeads: await db.lead.count({ where: { id: { startsWith: prefix } } }) };
  }

  const setUpAt = new Date(options.now.getTime() - (SEED_HISTORY_DAYS + 30) * DAY);
  const offerIds = await upsertCatalogue(db, setUpAt);
  const team = await upsertSeedTeam(db, setUpAt);

  const counts: SeedCounts = { leads: 0, contacts: 0, events: 0, activities: 0 };
  const batches = generateLeadBatches({
    seed: options.seed,
    now: options.now,
    leads: options.leads,
    batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
    offerIds,
    team,
  });
  const writer = await openBatchWriter(resolveDatabaseTarget());
  // The next batch is generated while PostgreSQL writes the previous one (SQLite writes
  // synchronously, so there it simply alternates); at most two batches are in memory at once.
  let writing: Promise<void> | null = null;
  try {
    for (const batch of batches) {
      if (writing) await writing;
      counts.leads += batch.leads.length;
      counts.contacts += batch.contacts.length;
      counts.events += batch.events.length;
      counts.activities += batch.activities.length;
      const written = counts.leads;
      writing = writer.write(batch).then(() => options.onProgress?.(written));
    }
    if (writing) await writing;
  } catch (error) {
    await writing?.catch(() => undefined);
    throw error;
  } finally {
    await writer.close();
  }
  return {
    status: "seeded",
    ...counts,
    users: team.length,
    offers: offerIds.size,
    elapsedMs: Date.now() - startedAt,
  };
}
