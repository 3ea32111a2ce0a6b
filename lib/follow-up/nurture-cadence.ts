/**
 * Microsoft's advice: don't give up after one attempt; send a few touches before closing a lead.
 * The cadence lists the days after arrival on which touches are due (default 1, 3, 7, 14): the
 * first is the 24-hour rule itself, each later one follows the previous touch by the same gap.
 */
export const DEFAULT_CADENCE_DAYS = [1, 3, 7, 14];
const DAY_MS = 86_400_000;

export function nurtureCadenceDays(env: string | undefined = process.env.FOLLOW_UP_CADENCE_DAYS): number[] {
  if (!env?.trim()) return DEFAULT_CADENCE_DAYS;
  const days = env.split(",").map((part) => Number(part.trim()));
  const valid = days.length > 0 && days.every((d, i) => Number.isFinite(d) && d > 0 && (i === 0 || d > days[i - 1]!));
  if (!valid) throw new Error("FOLLOW_UP_CADENCE_DAYS: expected increasing days, e.g. 1,3,7,14");
  return days;
}

/** When the touch after `attemptsSoFar` attempts is due; null once the cadence is complete. */
export function nextTouchDue(attemptsSoFar: number, lastTouchAt: Date, cadence: number[] = nurtureCadenceDays()): Date | null {
  const next = cadence[attemptsSoFar];
  const previous = cadence[attemptsSoFar - 1];
  if (next === undefined || previous === undefined) return null;
  return new Date(lastTouchAt.getTime() + (next - previous) * DAY_MS);
}

/** A lead may be closed as lost with fewer attempts only when the rep says why. */
export const MIN_ATTEMPTS_BEFORE_LOST = 3;
