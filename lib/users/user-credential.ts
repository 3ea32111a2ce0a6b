import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { CredentialKind } from "./user-schema";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** What the admin is shown once, and never again: the password itself, or the invitation token. */
export type IssuedCredential =
  | { kind: "password"; password: string }
  | { kind: "invitation"; token: string; expiresAt: Date };

export interface CredentialColumns {
  passwordHash: string | null;
  inviteTokenHash: string | null;
  inviteExpiresAt: Date | null;
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

// 16 characters from 96 random bits: long enough to be safe, short enough to read out over a call.
function oneTimePassword(): string {
  return randomBytes(12).toString("base64url");
}

/**
 * A way in for a new user or after a reset. Only hashes are stored; either way any previous
 * password stops working (an invitation leaves no password until it is accepted).
 */
export async function issueCredential(kind: CredentialKind, now: Date): Promise<{ columns: CredentialColumns; issued: IssuedCredential }> {
  if (kind === "password") {
    const password = oneTimePassword();
    return {
      columns: { passwordHash: await hashPassword(password), inviteTokenHash: null, inviteExpiresAt: null },
      issued: { kind, password },
    };
  }
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  return {
    columns: { passwordHash: null, inviteTokenHash: hashInvitationToken(token), inviteExpiresAt: expiresAt },
    issued: { kind, token, expiresAt },
  };
}

/** How the audit log describes an issued credential: never the secret itself. */
export function credentialForAudit(issued: IssuedCredential): { access: string; inviteExpiresAt?: string } {
  return issued.kind === "password"
    ? { access: "one-time password" }
    : { access: "invitation link", inviteExpiresAt: issued.expiresAt.toISOString() };
}
