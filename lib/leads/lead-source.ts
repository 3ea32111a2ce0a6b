/**
 * LeadSource arrives in two documented forms and any mix of them:
 *   "AzureMarketplace"                                        (action in ActionCode, offer in OfferTitle)
 *   "AppSource (SPZA)-PLT|bitnami.openedxcypress"            (Source-Action | publisherid.offerid)
 * Sources contain spaces and parentheses, offer ids contain "-" and ".", and spaces may surround "|".
 * Unknown sources and actions are kept verbatim.
 */

export interface OfferReference {
  /** publisherid.offerid exactly as sent. */
  key: string;
  publisherId: string | null;
  offerId: string;
}

export interface ParsedLeadSource {
  source: string | null;
  action: string | null;
  offer: OfferReference | null;
}

/** Sources that never carry an action suffix: "-" inside them is not a separator. */
const KNOWN_SOURCES = ["AzureMarketplace", "AzurePortal", "AppSource (SPZA)", "AppSource", "SPZA", "TestDrive"];

export function parseOfferReference(value: string): OfferReference | null {
  const key = value.trim();
  if (!key) return null;
  const dot = key.indexOf(".");
  if (dot <= 0 || dot === key.length - 1) return { key, publisherId: null, offerId: key };
  return { key, publisherId: key.slice(0, dot), offerId: key.slice(dot + 1) };
}

function splitSourceAndAction(value: string): { source: string | null; action: string | null } {
  const text = value.trim();
  if (!text) return { source: null, action: null };
  const known = KNOWN_SOURCES.find((name) => name.toLowerCase() === text.toLowerCase());
  if (known) return { source: text, action: null };
  const dash = text.lastIndexOf("-");
  if (dash <= 0 || dash === text.length - 1) return { source: text, action: null };
  const action = text.slice(dash + 1).trim();
  const source = text.slice(0, dash).trim();
  // "Source-Action" has no spaces in the action; a dash inside a longer phrase is part of the source.
  if (!source || !action || /\s/.test(action)) return { source: text, action: null };
  return { source, action };
}

export function parseLeadSource(value: string | null | undefined): ParsedLeadSource {
  const text = (value ?? "").trim();
  if (!text) return { source: null, action: null, offer: null };
  const bar = text.indexOf("|");
  const head = bar === -1 ? text : text.slice(0, bar);
  const offer = bar === -1 ? null : parseOfferReference(text.slice(bar + 1));
  return { ...splitSourceAndAction(head), offer };
}
