import { describe, expect, it } from "vitest";
import { changePasswordSchema, createUserSchema } from "./user-schema";
import { userStatus } from "./user-status";

describe("user shapes", () => {
  it("normalises the email and names each field at fault", () => {
    expect(createUserSchema.parse({ name: " Ana ", email: " Ana@Contoso.COM ", role: "rep", credential: "invitation" })).toEqual({
      name: "Ana",
      email: "ana@contoso.com",
      role: "rep",
      credential: "invitation",
    });
    const result = createUserSchema.safeParse({ name: "", email: "not an email", role: "owner", credential: "magic" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path[0]).sort()).toEqual(["credential", "email", "name", "role"]);
  });

  it("needs a long enough new password, confirmed", () => {
    const short = changePasswordSchema.safeParse({ currentPassword: "x", newPassword: "short", confirmPassword: "short" });
    expect(short.error?.issues[0]?.path).toEqual(["newPassword"]);
    const mismatch = changePasswordSchema.safeParse({ currentPassword: "x", newPassword: "long enough one", confirmPassword: "long enough two" });
    expect(mismatch.error?.issues[0]).toMatchObject({ path: ["confirmPassword"], message: "does not match the new password" });
  });
});

describe("userStatus", () => {
  const now = new Date("2026-11-20T12:00:00Z");
  it("tells whether a user can sign in, or what they wait for", () => {
    expect(userStatus({ active: true, hasPassword: true, inviteExpiresAt: null }, now)).toBe("active");
    expect(userStatus({ active: true, hasPassword: false, inviteExpiresAt: new Date("2026-11-21T00:00:00Z") }, now)).toBe("invited");
    expect(userStatus({ active: true, hasPassword: false, inviteExpiresAt: new Date("2026-11-19T00:00:00Z") }, now)).toBe("invitation-expired");
    expect(userStatus({ active: true, hasPassword: false, inviteExpiresAt: null }, now)).toBe("no-password");
    expect(userStatus({ active: false, hasPassword: true, inviteExpiresAt: null }, now)).toBe("deactivated");
  });
});
