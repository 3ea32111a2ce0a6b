import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { ROLES } from "@/lib/auth/roles";

/**
 * The user entity's shapes, shared by server actions, domain functions and forms. Messages say
 * what to do, without the field name: forms show them beside the field.
 */
export const userNameSchema = z.string().trim().min(1, "enter a name").max(100, "at most 100 characters");

export const userEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(320, "at most 320 characters")
  .pipe(z.email({ error: "enter an email address like name@company.com" }));

export const roleSchema = z.enum(ROLES, { error: "choose Sales rep, Manager or Admin" });

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, "at most 200 characters");

/** How a new user (or one whose password is reset) gets in: a password shown once, or a link. */
export const CREDENTIAL_KINDS = ["password", "invitation"] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];
export const credentialKindSchema = z.enum(CREDENTIAL_KINDS, { error: "choose a one-time password or an invitation link" });

const userIdSchema = z.string().trim().min(1, "no user given").max(64, "not a user id");

export const createUserSchema = z.object({
  name: userNameSchema,
  email: userEmailSchema,
  role: roleSchema,
  credential: credentialKindSchema,
});
export type CreateUserInput = z.output<typeof createUserSchema>;

export const changeRoleSchema = z.object({ userId: userIdSchema, role: roleSchema });
export type ChangeRoleInput = z.output<typeof changeRoleSchema>;

export const userRefSchema = z.object({ userId: userIdSchema });
export type UserRef = z.output<typeof userRefSchema>;

export const resetPasswordSchema = z.object({ userId: userIdSchema, credential: credentialKindSchema });
export type ResetPasswordInput = z.output<typeof resetPasswordSchema>;

export const renameSchema = z.object({ name: userNameSchema });
export type RenameInput = z.output<typeof renameSchema>;

function confirmed<T extends { confirmPassword: string }>(passwordField: keyof T & string) {
  return (value: T, context: z.RefinementCtx) => {
    if (value[passwordField] !== value.confirmPassword) {
      context.addIssue({ code: "custom", path: ["confirmPassword"], message: "does not match the new password" });
    }
  };
}

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "enter your current password").max(200, "at most 200 characters"),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .superRefine(confirmed("newPassword"));
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;

export const acceptInvitationSchema = z
  .object({
    token: z.string().trim().min(1, "the link is incomplete").max(200, "the link is not valid"),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .superRefine(confirmed("newPassword"));
export type AcceptInvitationInput = z.output<typeof acceptInvitationSchema>;
