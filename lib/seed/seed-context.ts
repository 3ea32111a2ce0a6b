import type { CatalogueOffer } from "./catalogue";
import { Random } from "./random";
import type { SeedOwner } from "./sales-team";

/** What every part of the generator draws from: the one PRNG stream, the clock, ids, owners. */
export interface SeedContext {
  random: Random;
  seed: number;
  now: number;
  nextId: (kind: "lead" | "event" | "activity") => string;
  /** The next contact's id and its number, which also makes its email address unique. */
  nextContact: () => { id: string; number: number };
  offerId: (offer: CatalogueOffer) => string;
  pickOwner: () => SeedOwner;
  pickManager: () => SeedOwner;
}

/** Every id a seed run creates starts with this, so a run can tell whether its seed is already in. */
export function seedIdPrefix(seed: number): string {
  return `seed_${seed}_`;
}

export function createSeedContext(options: {
  seed: number;
  now: Date;
  offerIds: ReadonlyMap<string, string>;
  team: readonly SeedOwner[];
}): SeedContext {
  const random = new Random(options.seed);
  const prefix = seedIdPrefix(options.seed);
  const counters = { contact: 0, lead: 0, event: 0, activity: 0 };
  // Zero-padded counters: ids sort in the order rows were generated.
  const nextId = (kind: keyof typeof counters) => `${prefix}${kind}_${String(++counters[kind]).padStart(8, "0")}`;
  const ownerWeights = options.team.map((member) => [member, member.load] as const);
  const managers = options.team.filter((member) => member.role === "manager");
  if (managers.length === 0) throw new Error("the seed team needs at least one manager to assign leads");
  return {
    random,
    seed: options.seed,
    now: options.now.getTime(),
    nextId,
    nextContact: () => {
      const id = nextId("contact");
      return { id, number: counters.contact };
    },
    offerId: (offer) => {
      const id = options.offerIds.get(offer.key);
      if (!id) throw new Error(`offer ${offer.key} is missing from the database`);
      return id;
    },
    pickOwner: () => random.weighted(ownerWeights),
    pickManager: () => random.pick(managers),
  };
}
