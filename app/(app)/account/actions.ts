"use server";

import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";
import { reissueSession } from "@/lib/auth/reissue-session";
import type { FormState } from "@/lib/forms/form-state";
import { runFormAction } from "@/lib/forms/run-form-action";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { renameSelf } from "@/lib/users/rename-self";
import { changePasswordSchema, renameSchema } from "@/lib/users/user-schema";

const PAGE = "/account";

export async function renameAction(_previous: FormState<null>, formData: FormData): Promise<FormState<null>> {
  return runFormAction({
    page: PAGE,
    schema: renameSchema,
    formData,
    // The name shows in the app shell on every page.
    revalidate: ["/"],
    revalidateLayout: true,
    run: async (input, actor) => {
      const { changed } = await renameSelf(actor, input);
      return { message: changed ? "Name saved." : "That is already your name.", data: null };
    },
  });
}

export async function changePasswordAction(_previous: FormState<null>, formData: FormData): Promise<FormState<null>> {
  return runFormAction({
    page: PAGE,
    schema: changePasswordSchema,
    formData,
    run: async (input, actor) => {
      const address = clientAddress(Object.fromEntries((await headers()).entries()));
      const { sessionVersion } = await changeOwnPassword(actor, input, address);
      // Every other session just ended; this browser gets a new one so you stay signed in here.
      await reissueSession({ ...actor, sessionVersion });
      return { message: "Password changed. You were signed out everywhere else.", data: null };
    },
  });
}
