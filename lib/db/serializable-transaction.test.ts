import { describe, expect, it } from "vitest";
import { isWriteConflict } from "./serializable-transaction";

describe("isWriteConflict", () => {
  it("recognises Prisma's P2034 and the driver adapter's commit-time conflict", () => {
    expect(isWriteConflict({ code: "P2034" })).toBe(true);
    const atCommit = Object.assign(new Error("TransactionWriteConflict"), { name: "DriverAdapterError", cause: { kind: "TransactionWriteConflict" } });
    expect(isWriteConflict(atCommit)).toBe(true);
  });

  it("leaves every other error alone", () => {
    expect(isWriteConflict({ code: "P2002" })).toBe(false);
    expect(isWriteConflict(Object.assign(new Error("x"), { name: "DriverAdapterError", cause: { kind: "UniqueConstraintViolation" } }))).toBe(false);
    expect(isWriteConflict(null)).toBe(false);
  });
});
