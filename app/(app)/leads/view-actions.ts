"use server";

import { z } from "zod";
import { runAction, runFormAction } from "@/lib/forms/run-form-action";
import type { FormState } from "@/lib/forms/form-state";
import { savedViewSchema } from "@/lib/views/saved-view-schema";
import { deleteView, saveView } from "@/lib/views/saved-views";

export async function saveViewAction(_: FormState<null>, formData: FormData): Promise<FormState<null>> {
  return runFormAction({
    page: "/leads",
    schema: savedViewSchema,
    formData,
    run: async (parsed, actor) => {
      const view = await saveView(actor, parsed);
      return { message: `Saved “${view.name}”`, data: null };
    },
  });
}

export async function deleteViewAction(viewId: string): Promise<FormState<null>> {
  return runAction({
    page: "/leads",
    schema: z.object({ viewId: z.string().min(1).max(64) }),
    input: { viewId },
    run: async ({ viewId: id }, actor) => {
      await deleteView(actor, id);
      return { message: "View deleted", data: null };
    },
  });
}
