import { getToken } from "next-auth/jwt";

export interface SessionToken {
  sub?: string;
  sv?: unknown;
}

type CookieSource = { getAll(): { name: string; value: string }[] };

/** Decodes next-auth's session cookie (signature and expiry checked), or null. */
export async function readSessionToken(source: { cookies: CookieSource; headers: Headers }): Promise<SessionToken | null> {
  const token = await getToken({
    req: { cookies: source.cookies, headers: Object.fromEntries(source.headers.entries()) } as never,
    secret: process.env.NEXTAUTH_SECRET,
  });
  return token as SessionToken | null;
}
