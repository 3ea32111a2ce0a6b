import { describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { db } from "@/lib/db/client";
import { FieldError } from "@/lib/errors/field-error";
import { auditRowsFor, teamMember } from "@/lib/testing/team-member";
import { acceptInvitation, findInvitation } from "./accept-invitation";
import { changeOwnPassword } from "./change-own-password";
import { changeUserRole } from "./change-user-role";
import { createUser } from "./create-user";
import { renameSelf } from "./rename-self";
import { resetUserPassword } from "./reset-user-password";
import { deactivateUser, reactivateUser } from "./set-user-active";
import { INVITATION_TTL_MS } from "./user-credential";

const signIn = (email: string, password: string) => authorizeCredentials({ email, password }, { "x-forwarded-for": "10.9.9.9" });

async function sessionVersionOf(userId: string) {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })).sessionVersion;
}

async function refusal(promise: Promise<unknown>): Promise<FieldError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(FieldError);
  return error as FieldError;
}

describe("user administration", () => {
  it("creates a user with a one-time password that signs in, and audits it without the secret", async () => {
    const admin = await teamMember("admin");
    const { userId, issued } = await createUser(admin, { name: "Maria Lopez", email: " Maria.Lopez@Contoso.example ", role: "rep", credential: "password" });
    if (issued.kind !== "password") throw new Error("expected a password");
    expect(issued.password.length).toBeGreaterThanOrEqual(16);
    expect(await signIn("maria.lopez@contoso.example", issued.password)).toMatchObject({ id: userId, role: "rep" });

    const [created] = await auditRowsFor(userId);
    expect(created).toMatchObject({ actorId: admin.id, entityType: "user", action: "user.created", before: null });
    expect(created!.after).toMatchObject({ name: "Maria Lopez", email: "maria.lopez@contoso.example", role: "rep", access: "one-time password" });
    expect(JSON.stringify(created)).not.toContain(issued.password);
  });

  it("refuses a second user with the same email, naming the field", async () => {
    const admin = await teamMember("admin");
    await createUser(admin, { name: "Dup One", email: "dup@contoso.example", role: "rep", credential: "password" });
    const error = await refusal(createUser(admin, { name: "Dup Two", email: "DUP@contoso.example", role: "manager", credential: "invitation" }));
    expect(error).toMatchObject({ field: "email", status: 409 });
    expect(await db.user.count({ where: { email: "dup@contoso.example" } })).toBe(1);
  });

  it("invites a user: the link sets the password once, then stops working", async () => {
    const admin = await teamMember("admin");
    const now = new Date();
    const { userId, issued } = await createUser(admin, { name: "Ken Ito", email: "ken@contoso.example", role: "manager", credential: "invitation" }, now);
    if (issued.kind !== "invitation") throw new Error("expected an invitation");
    expect(issued.expiresAt.getTime() - now.getTime()).toBe(INVITATION_TTL_MS);
    expect(await signIn("ken@contoso.example", "anything at all")).toBeNull();
    expect(await findInvitation(issued.token)).toMatchObject({ name: "Ken Ito", email: "ken@contoso.example" });

    await acceptInvitation({ token: issued.token, newPassword: "a long new password", confirmPassword: "a long new password" });
    expect(await signIn("ken@contoso.example", "a long new password")).toMatchObject({ id: userId });
    expect(await findInvitation(issued.token)).toBeNull();
    const again = await refusal(acceptInvitation({ token: issued.token, newPassword: "another password!", confirmPassword: "another password!" }));
    expect(again.field).toBe("token");
    expect((await auditRowsFor(userId)).map((row) => row.action)).toEqual(["user.created", "user.invitation-accepted"]);
  });

  it("refuses an expired invitation", async () => {
    const admin = await teamMember("admin");
    const longAgo = new Date(Date.now() - INVITATION_TTL_MS - 60_000);
    const { issued } = await createUser(admin, { name: "Late Comer", email: "late@contoso.example", role: "rep", credential: "invitation" }, longAgo);
    if (issued.kind !== "invitation") throw new Error("expected an invitation");
    expect(await findInvitation(issued.token)).toBeNull();
    await refusal(acceptInvitation({ token: issued.token, newPassword: "a long new password", confirmPassword: "a long new password" }));
  });

  it("changes a role, ends the user's sessions and records before and after", async () => {
    const admin = await teamMember("admin");
    const rep = await teamMember("rep");
    const before = await sessionVersionOf(rep.id);
    expect(await changeUserRole(admin, { userId: rep.id, role: "manager" })).toEqual({ changed: true });
    expect(await sessionVersionOf(rep.id)).toBe(before + 1);
    expect(await changeUserRole(admin, { userId: rep.id, role: "manager" })).toEqual({ changed: false });
    const rows = await auditRowsFor(rep.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "user.role-changed", actorId: admin.id, before: { role: "rep" }, after: { role: "manager" } });
  });

  it("deactivates a user (sessions end, sign-in refused) and reactivates them", async () => {
    const admin = await teamMember("admin");
    const { userId, issued } = await createUser(admin, { name: "Temp Rep", email: "temp@contoso.example", role: "rep", credential: "password" });
    if (issued.kind !== "password") throw new Error("expected a password");
    const version = await sessionVersionOf(userId);
    await deactivateUser(admin, { userId });
    expect(await sessionVersionOf(userId)).toBe(version + 1);
    expect(await signIn("temp@contoso.example", issued.password)).toBeNull();
    await reactivateUser(admin, { userId });
    expect(await signIn("temp@contoso.example", issued.password)).toMatchObject({ id: userId });
    expect((await auditRowsFor(userId)).map((row) => [row.action, row.before, row.after])).toEqual([
      ["user.created", null, expect.any(Object)],
      ["user.deactivated", { active: true }, { active: false }],
      ["user.reactivated", { active: false }, { active: true }],
    ]);
    expect((await refusal(deactivateUser(admin, { userId: admin.id }))).field).toBe("userId");
  });

  it("resets a password: the old one and its sessions stop working", async () => {
    const admin = await teamMember("admin");
    const { userId, issued } = await createUser(admin, { name: "Reset Me", email: "reset@contoso.example", role: "rep", credential: "password" });
    if (issued.kind !== "password") throw new Error("expected a password");
    const version = await sessionVersionOf(userId);
    const reset = await resetUserPassword(admin, { userId, credential: "password" });
    if (reset.issued.kind !== "password") throw new Error("expected a password");
    expect(await sessionVersionOf(userId)).toBe(version + 1);
    expect(await signIn("reset@contoso.example", issued.password)).toBeNull();
    expect(await signIn("reset@contoso.example", reset.issued.password)).toMatchObject({ id: userId });

    await resetUserPassword(admin, { userId, credential: "invitation" });
    expect(await signIn("reset@contoso.example", reset.issued.password)).toBeNull();
    const rows = await auditRowsFor(userId);
    expect(rows.filter((row) => row.action === "user.password-reset").map((row) => row.after.access)).toEqual(["one-time password", "invitation link"]);
  });

  it("keeps the last active admin: neither demoted nor deactivated", async () => {
    await db.user.updateMany({ where: { role: "admin" }, data: { role: "manager" } });
    const admin = await teamMember("admin");
    const helper = await teamMember("manager");
    const demote = await refusal(changeUserRole(admin, { userId: admin.id, role: "manager" }));
    expect(demote).toMatchObject({ field: "role", status: 409 });
    expect(demote.message).toMatch(/last active admin/);

    // With a second admin the first may step down, and then the second is the last one.
    await db.user.update({ where: { id: helper.id }, data: { role: "admin" } });
    await changeUserRole(admin, { userId: admin.id, role: "manager" });
    expect((await refusal(deactivateUser({ ...admin, role: "manager" }, { userId: helper.id }))).message).toMatch(/last active admin/);
    expect(await db.user.count({ where: { role: "admin", active: true } })).toBe(1);
    // Nothing was recorded for the refused changes.
    expect((await auditRowsFor(helper.id)).length).toBe(0);
  });

  it("lets two admins who demote each other at the same moment leave one admin", async () => {
    await db.user.updateMany({ where: { role: "admin" }, data: { role: "manager" } });
    const first = await teamMember("admin");
    const second = await teamMember("admin");
    const results = await Promise.allSettled([
      changeUserRole(first, { userId: second.id, role: "rep" }),
      changeUserRole(second, { userId: first.id, role: "rep" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(FieldError);
    expect(await db.user.count({ where: { role: "admin", active: true } })).toBe(1);
  });

  it("lets everyone change their own name and password; a wrong current password changes nothing", async () => {
    const admin = await teamMember("admin");
    const { userId, issued } = await createUser(admin, { name: "Self Service", email: "self@contoso.example", role: "rep", credential: "password" });
    if (issued.kind !== "password") throw new Error("expected a password");
    const me = { id: userId, email: "self@contoso.example", name: "Self Service", role: "rep" as const };

    await renameSelf(me, { name: "  Selma Service " });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).name).toBe("Selma Service");

    const wrong = await refusal(changeOwnPassword(me, { currentPassword: "not it", newPassword: "brand new password", confirmPassword: "brand new password" }, "10.5.0.1"));
    expect(wrong.field).toBe("currentPassword");
    const version = await sessionVersionOf(userId);
    const changed = await changeOwnPassword(me, { currentPassword: issued.password, newPassword: "brand new password", confirmPassword: "brand new password" }, "10.5.0.1");
    expect(changed.sessionVersion).toBe(version + 1);
    expect(await signIn("self@contoso.example", "brand new password")).toMatchObject({ id: userId });
    expect((await auditRowsFor(userId)).map((row) => row.action)).toEqual(["user.created", "user.renamed", "user.password-changed"]);
  });
});
