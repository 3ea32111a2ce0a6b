"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/forms/form-state";
import { formFields, refusalState, zodFieldErrors } from "@/lib/forms/run-form-action";
import { acceptInvitation } from "@/lib/users/accept-invitation";
import { acceptInvitationSchema } from "@/lib/users/user-schema";

/**
 * Sets the invited user's password. The page is public (its owner has no password yet); the
 * invitation token in the form is the credential, checked by acceptInvitation.
 */
export async function acceptInvitationAction(_previous: FormState<null>, formData: FormData): Promise<FormState<null>> {
  const parsed = acceptInvitationSchema.safeParse(formFields(formData));
  if (!parsed.success) {
    return { status: "error", message: "Check the fields marked below.", fieldErrors: zodFieldErrors(parsed.error) };
  }
  let email: string;
  try {
    ({ email } = await acceptInvitation(parsed.data));
  } catch (error) {
    return refusalState(error);
  }
  redirect(`/sign-in?${new URLSearchParams({ email, notice: "password-set" })}`);
}
