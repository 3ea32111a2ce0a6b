import type { Prisma } from "@/lib/generated/sqlite/client.ts";
import { addCustomer } from "./customer-rows";
import type { SeedOwner } from "./sales-team";
import { createSeedContext } from "./seed-context";

export { seedIdPrefix } from "./seed-context";

export interface SeedBatch {
  contacts: Prisma.ContactCreateManyInput[];
  leads: Prisma.LeadCreateManyInput[];
  deliveries: Prisma.DeliveryCreateManyInput[];
  events: Prisma.LeadEventCreateManyInput[];
  activities: Prisma.LeadActivityCreateManyInput[];
}

export interface GenerateOptions {
  seed: number;
  now: Date;
  leads: number;
  /** Leads per yielded batch; a customer's leads always stay in one batch. */
  batchSize: number;
  /** Database id of each catalogue offer, by offer key. */
  offerIds: ReadonlyMap<string, string>;
  team: readonly SeedOwner[];
}

function emptyBatch(): SeedBatch {
  return { contacts: [], leads: [], deliveries: [], events: [], activities: [] };
}

/**
 * Yields the rows of `leads` synthetic leads batch by batch, never holding more than one batch.
 * Everything is drawn from one PRNG stream seeded with `seed`, ids included, so the same seed and
 * now give the same rows whatever the batch size. Rows mirror what lib/leads/record-lead.ts stores
 * for the same deliveries (same stage, hash, denormalised fields and follow-up clock).
 */
export function* generateLeadBatches(options: GenerateOptions): Generator<SeedBatch> {
  const context = createSeedContext(options);
  let batch = emptyBatch();
  let made = 0;
  while (made < options.leads) {
    made += addCustomer(context, batch, options.leads - made);
    if (batch.leads.length >= options.batchSize) {
      yield batch;
      batch = emptyBatch();
    }
  }
  if (batch.leads.length > 0) yield batch;
}
