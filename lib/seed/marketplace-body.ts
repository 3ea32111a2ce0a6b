import type { CatalogueOffer } from "./catalogue";
import type { SeedPerson } from "./people";
import type { Random } from "./random";

export type BodyForm = "combined" | "separate";

/**
 * The JSON body Microsoft would POST for one event, in one of the two documented shapes:
 * "combined" puts Source-Action|publisher.offer in LeadSource (as the Partner Center docs show),
 * "separate" sends LeadSource, ActionCode and OfferTitle apart (as the HTTPS endpoint samples do).
 * A few use camelCase keys, as some doc versions do; empty fields are sometimes left out.
 */
export function marketplaceBody(
  random: Random,
  person: SeedPerson,
  offer: CatalogueOffer,
  event: { source: string; action: string },
  description: string,
  form: BodyForm,
): Record<string, unknown> {
  const camel = random.chance(0.06);
  const key = (name: string) => (camel ? name[0]!.toLowerCase() + name.slice(1) : name);
  const omitEmpty = random.chance(0.5);

  const details: Record<string, string> = {};
  const fields: [string, string][] = [
    ["FirstName", person.firstName],
    ["LastName", person.lastName],
    ["Email", person.email],
    ["Phone", person.phone],
    ["Country", person.country],
    ["Company", person.company],
    ["Title", person.title],
  ];
  for (const [name, value] of fields) if (value || !omitEmpty) details[key(name)] = value;

  const body: Record<string, unknown> = { [key("UserDetails")]: details };
  if (form === "combined") {
    const bar = random.chance(0.05) ? " | " : "|";
    body[key("LeadSource")] = `${event.source}-${event.action}${bar}${offer.key}`;
    // The portal samples repeat the action in ActionCode even in the combined form.
    if (random.chance(0.15)) body[key("ActionCode")] = event.action;
  } else {
    body[key("LeadSource")] = event.source;
    body[key("ActionCode")] = event.action;
  }
  body[key("OfferTitle")] = offer.title;
  if (description || !omitEmpty) body[key("Description")] = description;
  return body;
}

/** Partner Center's "Validate" lead's customer: every field reads MSFT_TEST_<digits>. */
export function validationTestPerson(digits: string): SeedPerson {
  const marker = `MSFT_TEST_${digits}`;
  return {
    firstName: marker,
    lastName: marker,
    email: `${marker}@test.com`,
    phone: "1234567890",
    country: "US",
    company: marker,
    title: marker,
    language: "en",
  };
}

/** The body of Partner Center's "Validate" lead for `offer` (also used by the ingest-key connection test). */
export function validationTestBody(offer: CatalogueOffer, digits: string): Record<string, unknown> {
  const person = validationTestPerson(digits);
  return {
    UserDetails: {
      FirstName: person.firstName,
      LastName: person.lastName,
      Email: person.email,
      Phone: person.phone,
      Country: person.country,
      Company: person.company,
      Title: person.title,
    },
    LeadSource: "AzureMarketplace",
    ActionCode: "INS",
    OfferTitle: offer.title,
    Description: person.firstName,
  };
}
