/**
 * A small seeded PRNG (mulberry32) with the draws the generator needs. Seeding must never touch
 * Math.random: the same seed has to reproduce the same rows, row for row.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    // Mixing the seed first keeps neighbouring seeds (1, 2, 3…) from starting on similar streams.
    this.state = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("Random.pick: empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of choices) total += weight;
    let draw = this.next() * total;
    for (const [value, weight] of choices) {
      draw -= weight;
      if (draw < 0) return value;
    }
    const last = choices[choices.length - 1];
    if (!last) throw new Error("Random.weighted: no choices");
    return last[0];
  }

  /** Roughly bell-shaped in [min, max] (mean of three uniforms): durations cluster, tails stay short. */
  bell(min: number, max: number): number {
    return min + ((this.next() + this.next() + this.next()) / 3) * (max - min);
  }

  /** Exponential with the given mean, capped so one unlucky draw cannot run off the timeline. */
  exponential(mean: number, cap = mean * 8): number {
    return Math.min(-Math.log(1 - this.next()) * mean, cap);
  }

  digits(count: number): string {
    let text = "";
    for (let i = 0; i < count; i += 1) text += String(Math.floor(this.next() * 10));
    return text;
  }
}
