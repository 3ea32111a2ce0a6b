import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { FieldError } from "@/lib/errors/field-error";
import { credentialForAudit, issueCredential, type IssuedCredential } from "./user-credential";
import { createUserSchema, type CreateUserInput } from "./user-schema";

/** Adds a teammate with a one-time password or an invitation link, shown to the admin once. */
export async function createUser(
  actor: SessionUser,
  input: CreateUserInput,
  now = new Date(),
): Promise<{ userId: string; issued: IssuedCredential }> {
  const { name, email, role, credential } = createUserSchema.parse(input);
  const { columns, issued } = await issueCredential(credential, now);
  try {
    const userId = await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name, email, role, ...columns }, select: { id: true } });
      await recordAudit(tx, {
        actorId: actor.id,
        entityType: "user",
        entityId: user.id,
        action: "user.created",
        after: { name, email, role, active: true, ...credentialForAudit(issued) },
      });
      return user.id;
    });
    return { userId, issued };
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldError("email", "a user with this email already exists", 409);
    throw error;
  }
}
