import type { Random } from "./random";

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** How far back seeded leads reach from "now". */
export const SEED_HISTORY_DAYS = 270;

/**
 * When a customer's first lead arrived, as milliseconds since the epoch. The density rises
 * linearly towards now (three times as many leads per day now as nine months ago, a growing
 * listing), weekends are quieter, and most leads arrive in European and American working hours.
 */
export function sampleFirstArrival(random: Random, now: number): number {
  const span = SEED_HISTORY_DAYS * DAY;
  for (let attempt = 0; ; attempt += 1) {
    // Half uniform, half triangular towards now: density ∝ 1 + 2·(1 − age/span).
    const ageFraction = random.chance(0.5) ? random.next() : 1 - Math.sqrt(random.next());
    const dayStart = Math.floor((now - ageFraction * span) / DAY) * DAY;
    const weekday = new Date(dayStart).getUTCDay();
    if ((weekday === 0 || weekday === 6) && attempt < 3 && random.chance(0.6)) continue;
    const hourOfDay = random.chance(0.75) ? random.bell(6, 22) : random.next() * 24;
    const at = dayStart + Math.floor(hourOfDay * HOUR) + random.int(0, 59_999);
    // Today's working hours may still be ahead of now: such a lead arrived earlier today.
    return at <= now ? at : dayStart + Math.floor(random.next() * Math.max(1, now - dayStart));
  }
}

/** Somewhere in (after, now] (or now itself when nothing is left), for things that would otherwise fall in the future. */
export function between(random: Random, after: number, now: number): number {
  return Math.min(now, after + 1 + Math.floor(random.next() * Math.max(0, now - after - 1)));
}
