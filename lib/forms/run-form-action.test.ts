import { describe, expect, it } from "vitest";
import { z } from "zod";
import { FieldError } from "@/lib/errors/field-error";
import { formFields, refusalState, replayableValues, zodFieldErrors } from "./run-form-action";

describe("form actions", () => {
  it("read a submitted form without React's own fields", () => {
    const form = new FormData();
    form.set("name", "Ana");
    form.set("$ACTION_ID_abc", "");
    expect(formFields(form)).toEqual({ name: "Ana" });
  });

  it("never send passwords, secrets or tokens back to the form", () => {
    expect(replayableValues({ name: "Ana", newPassword: "x", secret: "lk_1", token: "t", body: "{}" })).toEqual({ name: "Ana", body: "{}" });
  });

  it("name the first problem of each field", () => {
    const schema = z.object({ name: z.string().min(1, "enter a name"), email: z.email("enter an email") });
    const result = schema.safeParse({ name: "", email: "no" });
    expect(zodFieldErrors(result.error!)).toEqual({ name: "enter a name", email: "enter an email" });
  });

  it("turn a refusal into a message beside its field, and hide other errors' details", () => {
    expect(refusalState(new FieldError("email", "a user with this email already exists", 409), { email: "a@b.c" })).toEqual({
      status: "error",
      message: "A user with this email already exists.",
      fieldErrors: { email: "a user with this email already exists" },
      values: { email: "a@b.c" },
    });
    const hidden = refusalState(new Error("connection refused at db.internal:5432"));
    expect(hidden.status === "error" && hidden.message).not.toContain("db.internal");
  });
});
