import { db } from "@/lib/db/client";

/** Active teammates a lead can be assigned to, for owner menus and filters. */
export async function listAssignableUsers(): Promise<{ value: string; label: string }[]> {
  const users = await db.user.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  return users.map((user) => ({ value: user.id, label: user.name }));
}
