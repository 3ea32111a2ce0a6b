import { z } from "zod";

/**
 * The body Microsoft's commercial marketplace POSTs to a publisher's HTTPS endpoint. Every value
 * is documented as a string, but any field may be missing, empty, null or a bare number, so each
 * scalar is accepted and read as trimmed text. Keys are matched case-insensitively before this
 * schema runs (see normaliseKeyCase). The same schema feeds the OpenAPI description.
 */
const leadText = z
  .union([z.string(), z.number(), z.boolean(), z.null()], {
    error: "expected text (a string, number or boolean)",
  })
  .optional()
  .transform((value) => (value === null || value === undefined ? "" : String(value).trim()));

export const userDetailsSchema = z
  .object({
    FirstName: leadText,
    LastName: leadText,
    Email: leadText.describe("Customers with .edu addresses arrive without personal data."),
    Phone: leadText,
    Country: leadText.describe('Free text: "USA", "US", "United States"…'),
    Company: leadText,
    Title: leadText,
  }, { error: "expected an object with the customer's details" })
  .describe("The customer who acted on the offer. Any field may be missing or empty.");

export const marketplaceLeadSchema = z
  .object({
    UserDetails: userDetailsSchema
      .nullable()
      .optional()
      .transform((value) => value ?? userDetailsSchema.parse({})),
    LeadSource: leadText.describe(
      'Either the source alone ("AzureMarketplace") or "Source-Action|publisherid.offerid" ' +
        '(e.g. "AppSource (SPZA)-PLT|bitnami.openedxcypress").',
    ),
    ActionCode: leadText.describe(
      "PLT (contact me), StartTestDrive, INS (get it now), Create (Azure portal), DNC (do not contact); " +
        "unknown codes are kept verbatim. Wins over an action inside LeadSource.",
    ),
    OfferTitle: leadText,
    Description: leadText,
  })
  .describe("A lead as Microsoft's commercial marketplace sends it. Keys are matched case-insensitively.");

export type MarketplaceLead = z.output<typeof marketplaceLeadSchema>;

const TOP_LEVEL_KEYS = Object.keys(marketplaceLeadSchema.shape);
const USER_DETAIL_KEYS = Object.keys(userDetailsSchema.shape);

function renameKeys(value: Record<string, unknown>, canonical: string[]): Record<string, unknown> {
  const byLowerCase = new Map(canonical.map((key) => [key.toLowerCase(), key]));
  const renamed: Record<string, unknown> = {};
  for (const [key, fieldValue] of Object.entries(value)) {
    const name = byLowerCase.get(key.trim().toLowerCase()) ?? key;
    // When two spellings of one key arrive, the first that carries a value wins.
    const previous = renamed[name];
    if (previous === undefined || previous === null || previous === "") renamed[name] = fieldValue;
  }
  return renamed;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Doc versions disagree on key casing (UserDetails vs userDetails): map every spelling to one. */
export function normaliseKeyCase(body: Record<string, unknown>): Record<string, unknown> {
  const top = renameKeys(body, TOP_LEVEL_KEYS);
  if (isPlainObject(top.UserDetails)) top.UserDetails = renameKeys(top.UserDetails, USER_DETAIL_KEYS);
  return top;
}

export { isPlainObject };
