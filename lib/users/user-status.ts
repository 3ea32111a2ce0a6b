export type UserStatus = "active" | "invited" | "invitation-expired" | "no-password" | "deactivated";

export const USER_STATUS_LABELS: Record<UserStatus, string> = {
  active: "Active",
  invited: "Invited",
  "invitation-expired": "Invitation expired",
  "no-password": "No password",
  deactivated: "Deactivated",
};

/** Whether a user can sign in now, or what they are waiting for. */
export function userStatus(
  user: { active: boolean; hasPassword: boolean; inviteExpiresAt: Date | null },
  now: Date,
): UserStatus {
  if (!user.active) return "deactivated";
  if (user.hasPassword) return "active";
  if (user.inviteExpiresAt) return user.inviteExpiresAt > now ? "invited" : "invitation-expired";
  return "no-password";
}
