/** part ÷ whole, or null when there is nothing to divide by (shown as "—", never as 0 %). */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
