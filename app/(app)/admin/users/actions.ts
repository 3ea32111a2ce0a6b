"use server";

import { headers } from "next/headers";
import type { FormState } from "@/lib/forms/form-state";
import { runFormAction } from "@/lib/forms/run-form-action";
import { publicOrigin } from "@/lib/http/public-origin";
import { changeUserRole } from "@/lib/users/change-user-role";
import { createUser } from "@/lib/users/create-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { deactivateUser, reactivateUser } from "@/lib/users/set-user-active";
import { shownCredential, type ShownCredential } from "@/lib/users/shown-credential";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { changeRoleSchema, createUserSchema, resetPasswordSchema, userRefSchema } from "@/lib/users/user-schema";

const PAGE = "/admin/users";

export async function createUserAction(
  _previous: FormState<{ userId: string; name: string; credential: ShownCredential }>,
  formData: FormData,
) {
  return runFormAction({
    page: PAGE,
    schema: createUserSchema,
    formData,
    run: async (input, actor) => {
      const { userId, issued } = await createUser(actor, input);
      const credential = shownCredential(issued, publicOrigin(await headers()));
      return { message: `${input.name} was added as ${ROLE_LABELS[input.role]}.`, data: { userId, name: input.name, credential } };
    },
  });
}

export async function changeRoleAction(_previous: FormState<null>, formData: FormData) {
  return runFormAction({
    page: PAGE,
    schema: changeRoleSchema,
    formData,
    revalidate: [PAGE, `${PAGE}/${formData.get("userId")}`],
    run: async (input, actor) => {
      const { changed } = await changeUserRole(actor, input);
      return {
        message: changed ? `Role changed to ${ROLE_LABELS[input.role]}. Their open sessions were ended.` : "The role was already that.",
        data: null,
      };
    },
  });
}

export async function setUserActiveAction(_previous: FormState<null>, formData: FormData) {
  const activate = formData.get("intent") === "reactivate";
  return runFormAction({
    page: PAGE,
    schema: userRefSchema,
    formData,
    revalidate: [PAGE, `${PAGE}/${formData.get("userId")}`],
    run: async (input, actor) => {
      if (activate) {
        await reactivateUser(actor, input);
        return { message: "Reactivated: they can sign in again.", data: null };
      }
      await deactivateUser(actor, input);
      return { message: "Deactivated: their sessions have ended and they cannot sign in.", data: null };
    },
  });
}

export async function resetPasswordAction(_previous: FormState<{ credential: ShownCredential }>, formData: FormData) {
  return runFormAction({
    page: PAGE,
    schema: resetPasswordSchema,
    formData,
    revalidate: [PAGE, `${PAGE}/${formData.get("userId")}`],
    run: async (input, actor) => {
      const { issued } = await resetUserPassword(actor, input);
      const credential = shownCredential(issued, publicOrigin(await headers()));
      return { message: "Password reset. Their old password and sessions no longer work.", data: { credential } };
    },
  });
}
