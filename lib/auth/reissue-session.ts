import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { SECURE_COOKIES, SESSION_COOKIE_NAME, SESSION_MAX_AGE_SECONDS } from "./auth-options";

/**
 * Gives the current browser a fresh session cookie for the user's new sessionVersion. Changing your
 * own password bumps the version so every other session ends at once; this one carries on.
 */
export async function reissueSession(user: { id: string; email: string; name: string; role: string; sessionVersion: number }) {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  const token = await encode({
    token: { sub: user.id, email: user.email, name: user.name, role: user.role, sv: user.sessionVersion },
    secret,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  (await cookies()).set(SESSION_COOKIE_NAME, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: SECURE_COOKIES,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}
