import { FieldError } from "@/lib/errors/field-error";
import { decideAccess } from "./access-decision";
import { accessRuleFor } from "./access-rules";
import { currentUser } from "./current-user";
import type { SessionUser } from "./session-user";

/**
 * The user running a server action, checked against the authorisation table for the page the
 * action belongs to. The proxy already checked the page the action was posted to; asking the table
 * again here means an action id replayed against another page still meets its own page's rule.
 */
export async function authorizeAction(pagePath: string): Promise<SessionUser> {
  const user = await currentUser();
  const decision = decideAccess(accessRuleFor(pagePath, "POST"), user);
  if (decision.kind === "allow" && user) return user;
  if (decision.kind === "forbidden") throw new FieldError("role", `this needs the ${decision.required} role`, 403);
  throw new FieldError("session", "your session has ended; sign in again", 401);
}
