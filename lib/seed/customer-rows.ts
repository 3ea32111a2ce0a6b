import { contactIdentityKey } from "@/lib/leads/lead-identity";
import { OFFER_WEIGHTS, type CatalogueOffer } from "./catalogue";
import type { SeedBatch } from "./generate-leads";
import { addLead } from "./lead-rows";
import { validationTestPerson } from "./marketplace-body";
import { generatePerson } from "./people";
import type { Random } from "./random";
import type { SeedContext } from "./seed-context";
import { between, DAY, sampleFirstArrival } from "./timeline";

const TEST_LEAD_SHARE = 0.015;
// Partner Center's MSFT_TEST_<digits> are .NET ticks: 100 ns steps since 0001-01-01.
const TICKS_EPOCH_OFFSET_MS = 62_135_596_800_000n;

function nonEmpty(value: string): string | null {
  return value ? value : null;
}

/** Most customers ask about one offer; some come back for others (at most one lead per offer). */
function offersOfInterest(random: Random, maxLeads: number): CatalogueOffer[] {
  const count = Math.min(maxLeads, random.weighted([[1, 80], [2, 13], [3, 5], [4, 2]] as const));
  const chosen: CatalogueOffer[] = [];
  while (chosen.length < count) {
    const offer = random.weighted(OFFER_WEIGHTS);
    if (!chosen.includes(offer)) chosen.push(offer);
  }
  return chosen;
}

/** A returning customer's next offer: weeks later, or sooner if that would be past now. */
function laterInterest(random: Random, firstAt: number, now: number): number {
  const at = firstAt + Math.floor(random.exponential(25 * DAY, 120 * DAY));
  return at <= now ? at : between(random, firstAt, now);
}

/**
 * One customer (a contact) and all their leads, written into `batch`; at most `maxLeads` leads.
 * A Partner Center test lead is a customer of its own with a single lead. Returns the leads made.
 */
export function addCustomer(context: SeedContext, batch: SeedBatch, maxLeads: number): number {
  const { random, now } = context;
  const contact = context.nextContact();
  const contactId = contact.id;
  const firstAt = sampleFirstArrival(random, now);
  const isTest = random.chance(TEST_LEAD_SHARE);
  // BigInt: ticks run past 2^53, where a number would round the last digits away.
  const testDigits = isTest ? ((BigInt(firstAt) + TICKS_EPOCH_OFFSET_MS) * 10_000n + BigInt(random.int(0, 9999))).toString() : null;
  const person = testDigits !== null ? validationTestPerson(testDigits) : generatePerson(random, context.seed, contact.number);
  const offers = offersOfInterest(random, isTest ? 1 : maxLeads);
  const preferredOwner = context.pickOwner();

  let lastSeen = firstAt;
  offers.forEach((offer, index) => {
    const leadFirstAt = index === 0 ? firstAt : laterInterest(random, firstAt, now);
    const lastAt = addLead(context, batch, { contactId, person, testDigits, offer, firstAt: leadFirstAt, preferredOwner });
    lastSeen = Math.max(lastSeen, lastAt);
  });

  // As record-lead's upsert leaves them: empty fields are not stored, times span the contact's deliveries.
  batch.contacts.push({
    id: contactId,
    identityKey: contactIdentityKey(person)!,
    email: nonEmpty(person.email),
    firstName: nonEmpty(person.firstName),
    lastName: nonEmpty(person.lastName),
    company: nonEmpty(person.company),
    title: nonEmpty(person.title),
    phone: nonEmpty(person.phone),
    country: nonEmpty(person.country),
    isTest,
    createdAt: new Date(firstAt),
    updatedAt: new Date(lastSeen),
  });
  return offers.length;
}
