import type { IssuedCredential } from "./user-credential";

/** What the admin's screen shows once: the password, or the full invitation link to send. */
export type ShownCredential =
  | { kind: "password"; password: string }
  | { kind: "invitation"; url: string; expiresAt: string };

export function shownCredential(issued: IssuedCredential, origin: string): ShownCredential {
  return issued.kind === "password"
    ? { kind: "password", password: issued.password }
    : { kind: "invitation", url: new URL(`/invite/${issued.token}`, origin).toString(), expiresAt: issued.expiresAt.toISOString() };
}
