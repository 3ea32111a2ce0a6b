import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { postLead } from "@/lib/testing/post-lead";
import { createTestUser } from "@/lib/testing/test-users";
import { addLeadNote } from "./add-lead-note";
import { assignLeads } from "./assign-leads";
import { changeLeadStatus } from "./change-lead-status";
import { logContactAttempt } from "./log-contact-attempt";

let counter = 0;
async function newLead(extra: Record<string, unknown> = {}) {
  counter++;
  const { json } = await postLead({
    UserDetails: { FirstName: "Work", LastName: `Lead${counter}`, Email: `work${counter}@customer.example`, Company: "Customer" },
    LeadSource: "AppSource (SPZA)-PLT|contoso.crm",
    OfferTitle: "Contoso CRM",
    ...extra,
  });
  return json.leadId!;
}

const lead = (id: string) => db.lead.findUniqueOrThrow({ where: { id } });

describe("working a lead", () => {
  it("lets a rep claim an unassigned lead, but not take one another rep owns", async () => {
    const [alice, bob] = [await createTestUser("rep"), await createTestUser("rep")];
    const id = await newLead();
    await assignLeads(alice, { leadIds: [id], ownerId: alice.id });
    expect((await lead(id)).ownerId).toBe(alice.id);
    await expect(assignLeads(bob, { leadIds: [id], ownerId: bob.id })).rejects.toThrow(/assigned to someone else/);
    await expect(assignLeads(alice, { leadIds: [id], ownerId: bob.id })).rejects.toThrow(/only managers and admins/);
    expect((await lead(id)).ownerId).toBe(alice.id);
  });

  it("lets a manager assign and reassign, with timeline and audit rows written together", async () => {
    const [manager, rep] = [await createTestUser("manager"), await createTestUser("rep")];
    const ids = [await newLead(), await newLead()];
    expect(await assignLeads(manager, { leadIds: ids, ownerId: rep.id })).toEqual({ changed: 2 });
    expect(await db.leadActivity.count({ where: { leadId: { in: ids }, kind: "assignment" } })).toBe(2);
    const audit = await db.auditEntry.findMany({ where: { entityId: { in: ids }, action: "lead.assigned" } });
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[0]!.after!)).toEqual({ ownerId: rep.id });
    expect(JSON.parse(audit[0]!.before!)).toEqual({ ownerId: null });
  });

  it("refuses a rep working a lead they do not own", async () => {
    const [owner, other] = [await createTestUser("rep"), await createTestUser("rep")];
    const id = await newLead();
    await assignLeads(owner, { leadIds: [id], ownerId: owner.id });
    await expect(addLeadNote(other, { leadId: id, body: "hi" })).rejects.toThrow(/assigned to someone else/);
    await expect(logContactAttempt(other, { leadId: id, channel: "call", outcome: "reached" })).rejects.toThrow(/someone else/);
    await expect(changeLeadStatus(other, { leadIds: [id], status: "qualified" })).rejects.toThrow(/someone else/);
  });

  it("stops the 24-hour clock as met at the first attempt, marks the lead contacted and schedules the next touch", async () => {
    const rep = await createTestUser("rep");
    const id = await newLead();
    await assignLeads(rep, { leadIds: [id], ownerId: rep.id });
    await logContactAttempt(rep, { leadId: id, channel: "call", outcome: "voicemail", note: "left a message" });
    const after = await lead(id);
    expect(after).toMatchObject({ status: "contacted", statusRank: 1, contactAttempts: 1, followUpResult: "met" });
    expect(after.firstContactAt).not.toBeNull();
    expect(after.nextTouchDueAt!.getTime() - after.lastContactAt!.getTime()).toBe(2 * 86_400_000);
    const kinds = (await db.leadActivity.findMany({ where: { leadId: id }, select: { kind: true } })).map((a) => a.kind).sort();
    expect(kinds).toEqual(["assignment", "attempt", "status"]);
  });

  it("records a first contact after the deadline as missed", async () => {
    const rep = await createTestUser("manager");
    const id = await newLead();
    await db.lead.update({ where: { id }, data: { followUpDueAt: new Date(Date.now() - 60_000) } });
    await changeLeadStatus(rep, { leadIds: [id], status: "contacted" });
    expect(await lead(id)).toMatchObject({ followUpResult: "missed", status: "contacted" });
  });

  it("needs a reason to close as lost before three attempts, and takes a closed lead out of the queue", async () => {
    const manager = await createTestUser("manager");
    const id = await newLead();
    await logContactAttempt(manager, { leadId: id, channel: "email", outcome: "no-reply" });
    await expect(changeLeadStatus(manager, { leadIds: [id], status: "lost" })).rejects.toMatchObject({ field: "reason" });
    await changeLeadStatus(manager, { leadIds: [id], status: "lost", reason: "Chose a competitor" });
    expect(await lead(id)).toMatchObject({ status: "lost", lostReason: "Chose a competitor", nextTouchDueAt: null });

    const persistent = await newLead();
    for (const outcome of ["no-answer", "voicemail", "no-reply"] as const) {
      await logContactAttempt(manager, { leadId: persistent, channel: "call", outcome });
    }
    await changeLeadStatus(manager, { leadIds: [persistent], status: "lost" });
    expect((await lead(persistent)).status).toBe("lost");
  });

  it("stamps when a lead is first qualified, also when it is won directly, and keeps the first stamp", async () => {
    const manager = await createTestUser("manager");
    const id = await newLead();
    await changeLeadStatus(manager, { leadIds: [id], status: "won" });
    const won = await lead(id);
    expect(won.qualifiedAt).not.toBeNull();
    expect(won.closedAt).not.toBeNull();
    await changeLeadStatus(manager, { leadIds: [id], status: "qualified" });
    expect((await lead(id)).qualifiedAt).toEqual(won.qualifiedAt);
    const other = await newLead();
    await changeLeadStatus(manager, { leadIds: [other], status: "contacted" });
    expect((await lead(other)).qualifiedAt).toBeNull();
  });

  it("never lets a do-not-contact or test lead be contacted", async () => {
    const manager = await createTestUser("manager");
    const dnc = await newLead({ LeadSource: "AppSource (SPZA)-DNC|contoso.crm" });
    await expect(logContactAttempt(manager, { leadId: dnc, channel: "call", outcome: "reached" })).rejects.toThrow(/do-not-contact/);
    await expect(changeLeadStatus(manager, { leadIds: [dnc], status: "contacted" })).rejects.toThrow(/do-not-contact/);
    const test = await newLead({ UserDetails: { Email: "MSFT_TEST_42@test.com" } });
    await expect(logContactAttempt(manager, { leadId: test, channel: "call", outcome: "reached" })).rejects.toThrow(/test lead/);
  });

  it("names the field of invalid input", async () => {
    const manager = await createTestUser("manager");
    await expect(addLeadNote(manager, { leadId: "x", body: "   " })).rejects.toThrow(/write something first/);
    await expect(changeLeadStatus(manager, { leadIds: [], status: "won" })).rejects.toThrow(/select at least one lead/);
  });
});
