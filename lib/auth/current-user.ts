import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { readSessionToken } from "./session-token";
import { loadSessionUser, type SessionUser } from "./session-user";

/**
 * The signed-in user for the current request, once per render. The proxy has already refused
 * requests without the required role; this tells pages and actions who the user is.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const token = await readSessionToken({ cookies: await cookies(), headers: await headers() });
  return loadSessionUser(token);
});

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return user;
}
