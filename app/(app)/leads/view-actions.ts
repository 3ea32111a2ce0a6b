"use server";

import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/auth/authorize-action";
import { actionResult, type ActionResult } from "@/lib/http/action-result";
import { deleteView, saveView } from "@/lib/views/saved-views";

export async function saveViewAction(_: ActionResult | null, form: FormData): Promise<ActionResult> {
  const user = await authorizeAction("/leads");
  return actionResult(async () => {
    const view = await saveView(user, { name: String(form.get("name") ?? ""), query: String(form.get("query") ?? "") });
    revalidatePath("/leads");
    return { message: `Saved “${view.name}”` };
  });
}

export async function deleteViewAction(viewId: string): Promise<ActionResult> {
  const user = await authorizeAction("/leads");
  return actionResult(async () => {
    await deleteView(user, viewId);
    revalidatePath("/leads");
    return { message: "View deleted" };
  });
}
