import { CLOSED_OUTCOMES, type ClosedOutcome, type NurtureDepthRow } from "./count-nurture-depth";
import { ratio } from "./ratio";

/**
 * How many touches a lead got before it was closed. Microsoft's advice is not to give up after one
 * attempt: a lost column heavy on one or two attempts means leads are dropped too early.
 */
export interface NurtureOutcome {
  closed: number;
  averageAttempts: number | null;
  /** Closed leads per number of attempts, every count from 0 to the most seen (zeros included). */
  distribution: { attempts: number; leads: number }[];
}

export type NurtureDepth = Record<ClosedOutcome, NurtureOutcome>;

export function nurtureDepth(rows: NurtureDepthRow[]): NurtureDepth {
  const most = rows.reduce((max, row) => Math.max(max, row.attempts), 0);
  const outcome = (status: ClosedOutcome): NurtureOutcome => {
    const mine = rows.filter((row) => row.status === status);
    const closed = mine.reduce((sum, row) => sum + row.leads, 0);
    const attempts = mine.reduce((sum, row) => sum + row.attempts * row.leads, 0);
    const distribution = Array.from({ length: rows.length ? most + 1 : 0 }, (_, n) => ({
      attempts: n,
      leads: mine.find((row) => row.attempts === n)?.leads ?? 0,
    }));
    return { closed, averageAttempts: ratio(attempts, closed), distribution };
  };
  return Object.fromEntries(CLOSED_OUTCOMES.map((status) => [status, outcome(status)])) as NurtureDepth;
}
