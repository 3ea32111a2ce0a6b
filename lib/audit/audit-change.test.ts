import { describe, expect, it } from "vitest";
import { auditChanges } from "./audit-change";

describe("auditChanges", () => {
  it("lists only the fields that changed, before and after", () => {
    expect(auditChanges('{"role":"rep","name":"Ana"}', '{"role":"manager","name":"Ana"}')).toEqual([{ field: "role", before: "rep", after: "manager" }]);
  });

  it("shows every field of a creation or a deletion", () => {
    expect(auditChanges(null, '{"label":"Prod","secretPrefix":"lk_ab12"}')).toEqual([
      { field: "label", before: null, after: "Prod" },
      { field: "secretPrefix", before: null, after: "lk_ab12" },
    ]);
  });

  it("shows nested values and non-object values as text, and nothing for an empty entry", () => {
    expect(auditChanges('{"ids":["a"]}', '{"ids":["a","b"]}')).toEqual([{ field: "ids", before: '["a"]', after: '["a","b"]' }]);
    expect(auditChanges('"old"', '"new"')).toEqual([{ field: "value", before: "old", after: "new" }]);
    expect(auditChanges(null, null)).toEqual([]);
  });

  it("keeps all fields when nothing differs, so the entry still says something", () => {
    expect(auditChanges('{"active":true}', '{"active":true}')).toEqual([{ field: "active", before: "true", after: "true" }]);
  });
});
