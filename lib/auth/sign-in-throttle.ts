import { db } from "@/lib/db/client";
import { THROTTLED_MESSAGE } from "./sign-in-messages";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Failed attempts on one email (known or not) before it is paused for the rest of the window. */
export const ACCOUNT_FAILURE_LIMIT = 5;
/** Failed attempts from one address, across emails, before it is paused: stops spraying. */
export const ADDRESS_FAILURE_LIMIT = 20;
const KEEP_ATTEMPTS_MS = 24 * 60 * 60 * 1000;


export class SignInThrottled extends Error {
  constructor() {
    super(THROTTLED_MESSAGE);
    this.name = "SignInThrottled";
  }
}

export interface AttemptSlot {
  id: string;
  email: string;
  address: string;
}

/**
 * Reserves an attempt before the password is checked: it is written as a failure first, then the
 * failures (this one included) are counted. Parallel guesses each see the others' reservations, so
 * a burst cannot slip more than the limit past the count. A throttled attempt is removed again,
 * so waiting out the window is enough even if someone keeps trying meanwhile.
 */
export async function reserveSignInAttempt(email: string, address: string, now: Date): Promise<AttemptSlot> {
  const slot = await db.signInAttempt.create({ data: { email, address, success: false, at: now }, select: { id: true } });
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { email, success: true, at: { gte: windowStart } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const since = lastSuccess && lastSuccess.at > windowStart ? lastSuccess.at : windowStart;
  const [accountFailures, addressFailures] = await Promise.all([
    db.signInAttempt.count({ where: { email, success: false, at: { gt: since, lte: now } } }),
    db.signInAttempt.count({ where: { address, success: false, at: { gte: windowStart, lte: now } } }),
  ]);
  if (accountFailures > ACCOUNT_FAILURE_LIMIT || addressFailures > ADDRESS_FAILURE_LIMIT) {
    await db.signInAttempt.delete({ where: { id: slot.id } });
    throw new SignInThrottled();
  }
  return { id: slot.id, email, address };
}

/** Marks a reserved attempt as the success it turned out to be, and forgets attempts older than a day. */
export async function settleSignInAttempt(slot: AttemptSlot, success: boolean, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - KEEP_ATTEMPTS_MS);
  await db.$transaction([
    ...(success ? [db.signInAttempt.update({ where: { id: slot.id }, data: { success: true } })] : []),
    db.signInAttempt.deleteMany({ where: { email: slot.email, at: { lt: cutoff } } }),
    db.signInAttempt.deleteMany({ where: { address: slot.address, at: { lt: cutoff } } }),
  ]);
}
