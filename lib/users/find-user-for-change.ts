import type { Tx } from "@/lib/db/client";
import { FieldError } from "@/lib/errors/field-error";

/** The fields a change to a user checks and records as "before". */
export async function findUserForChange(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, active: true },
  });
  if (!user) throw new FieldError("userId", "no user with this id", 404);
  return user;
}
