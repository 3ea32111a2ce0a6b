/** Microsoft tells publishers to follow up within 24 hours of a lead arriving. */
export const FOLLOW_UP_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * When follow-up is due for a lead whose first qualifying event arrived at `firstQualifyingAt`.
 * Test leads and do-not-contact leads are never on the clock.
 */
export function followUpDueAt(
  firstQualifyingAt: Date,
  lead: { isTest: boolean; doNotContact: boolean },
): Date | null {
  if (lead.isTest || lead.doNotContact) return null;
  return new Date(firstQualifyingAt.getTime() + FOLLOW_UP_WINDOW_MS);
}
