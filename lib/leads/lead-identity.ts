/**
 * Who a lead is about and which offer it concerns, following the spec: a contact is the trimmed,
 * lower-cased email, else first name + last name + company; a lead is one contact for one offer.
 */

function fold(value: string): string {
  return value.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

export interface ContactFields {
  email: string;
  firstName: string;
  lastName: string;
  company: string;
}

/** null when the delivery names nobody (".edu" customers arrive without personal data). */
export function contactIdentityKey(contact: ContactFields): string | null {
  const email = fold(contact.email);
  if (email) return `email:${email}`;
  const parts = [contact.firstName, contact.lastName, contact.company].map(fold);
  if (parts.every((part) => !part)) return null;
  return `name:${parts.join("|")}`;
}

export interface OfferIdentity {
  key: string;
  publisherId: string | null;
  offerId: string | null;
  title: string | null;
}

export const UNKNOWN_OFFER_KEY = "unknown";

/** The offer: publisherid.offerid from LeadSource, else the offer title, else "unknown". */
export function offerIdentity(
  reference: { key: string; publisherId: string | null; offerId: string } | null,
  title: string,
): OfferIdentity {
  const cleanTitle = title.trim() || null;
  if (reference) {
    return {
      key: fold(reference.key),
      publisherId: reference.publisherId,
      offerId: reference.offerId,
      title: cleanTitle,
    };
  }
  if (cleanTitle) return { key: `title:${fold(cleanTitle)}`, publisherId: null, offerId: null, title: cleanTitle };
  return { key: UNKNOWN_OFFER_KEY, publisherId: null, offerId: null, title: null };
}

export function titleKey(title: string | null): string | null {
  return title ? fold(title) : null;
}
