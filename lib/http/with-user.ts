import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { decideAccess } from "@/lib/auth/access-decision";
import { accessRuleFor } from "@/lib/auth/access-rules";
import { currentUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { FieldError } from "@/lib/errors/field-error";
import { apiError } from "./api-error";

type Handler<P> = (request: Request, context: { user: SessionUser; params: P }) => Promise<Response>;

/**
 * Wraps a signed-in API route: resolves the user, re-checks the authorisation table for this
 * path (the proxy did too), and turns refusals into the one error shape. No handler repeats it.
 */
export function withUser<P = Record<string, string>>(handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const user = await currentUser();
    const url = new URL(request.url);
    const decision = decideAccess(accessRuleFor(url.pathname, request.method), user);
    if (decision.kind === "forbidden") return apiError(403, "role", `this needs the ${decision.required} role`);
    if (decision.kind !== "allow" || !user) return apiError(401, "session", "sign in first");
    try {
      return await handler(request, { user, params: await context.params });
    } catch (error) {
      if (error instanceof FieldError) return apiError(error.status, error.field, error.message);
      if (error instanceof ZodError) {
        const issue = error.issues[0]!;
        const field = issue.path.map(String).join(".") || "body";
        return apiError(400, field, issue.message);
      }
      throw error;
    }
  };
}

export function jsonNoStore(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
