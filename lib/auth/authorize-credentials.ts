import { db } from "@/lib/db/client";
import { clientAddress } from "./client-address";
import { verifyPassword } from "./password";
import { reserveSignInAttempt, settleSignInAttempt } from "./sign-in-throttle";

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: string;
  sessionVersion: number;
}

/**
 * Checks an email and password for the credentials provider. Returns null for every refusal
 * (unknown email, wrong password, deactivated account, no password yet) so the sign-in screen
 * says the same thing for each; throws SignInThrottled once an email or an address has failed
 * too often, before any password is compared.
 */
export async function authorizeCredentials(
  credentials: { email?: string; password?: string } | undefined,
  headers: Record<string, string | string[] | undefined>,
  now = new Date(),
): Promise<SignedInUser | null> {
  const email = credentials?.email?.trim().toLowerCase().slice(0, 320) ?? "";
  const password = credentials?.password ?? "";
  if (!email || !password) return null;

  const slot = await reserveSignInAttempt(email, clientAddress(headers), now);
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true, sessionVersion: true },
  });
  const valid = await verifyPassword(password, user?.passwordHash ?? null);
  const accepted = Boolean(user && user.passwordHash && valid && user.active);
  await settleSignInAttempt(slot, accepted, now);
  if (!user || !accepted) return null;
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
