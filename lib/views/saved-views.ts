import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import { parseLeadQuery } from "@/lib/leads/lead-query-schema";
import { FieldError } from "@/lib/errors/field-error";
import { savedViewSchema, type SavedViewInput } from "./saved-view-schema";

/** A user's named lead-table views: a name and the URL query that reopens them. */
export function listSavedViews(userId: string) {
  return db.savedView.findMany({ where: { userId }, select: { id: true, name: true, query: true }, orderBy: { name: "asc" } });
}

/** Saves (or overwrites, by name) a view; the query must be one the lead table accepts. */
export async function saveView(user: SessionUser, input: SavedViewInput) {
  const { name, query } = savedViewSchema.parse(input);
  const parsed = parseLeadQuery(new URLSearchParams(query));
  if (!parsed.ok) throw new FieldError("query", parsed.message);
  return db.$transaction(async (tx) => {
    const view = await tx.savedView.upsert({
      where: { userId_name: { userId: user.id, name } },
      create: { userId: user.id, name, query },
      update: { query },
      select: { id: true, name: true, query: true },
    });
    await recordAudit(tx, { actorId: user.id, entityType: "view", entityId: view.id, action: "view.saved", after: view });
    return view;
  });
}

export async function deleteView(user: SessionUser, viewId: string) {
  return db.$transaction(async (tx) => {
    const view = await tx.savedView.findFirst({ where: { id: viewId, userId: user.id }, select: { id: true, name: true, query: true } });
    if (!view) throw new FieldError("viewId", "no such saved view", 404);
    await tx.savedView.delete({ where: { id: view.id } });
    await recordAudit(tx, { actorId: user.id, entityType: "view", entityId: view.id, action: "view.deleted", before: view });
  });
}
