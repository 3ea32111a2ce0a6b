import { NextResponse, type NextRequest } from "next/server";
import { decideAccess } from "@/lib/auth/access-decision";
import { accessRuleFor } from "@/lib/auth/access-rules";
import { readSessionToken } from "@/lib/auth/session-token";
import { loadSessionUser } from "@/lib/auth/session-user";

/**
 * Enforces lib/auth/access-rules.ts for every page, route handler and server action, through
 * decideAccess (the same function server actions ask). Unlisted paths need a signed-in user (Next
 * answers 404 for them), so nothing is open by omission.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const rule = accessRuleFor(pathname, request.method);
  // Public routes never wait for the database: the ingest endpoint and health must answer alone.
  if (rule?.access === "public") return NextResponse.next();

  const isApi = pathname.startsWith("/api/");
  let user;
  try {
    user = await loadSessionUser(await readSessionToken({ cookies: request.cookies, headers: request.headers }));
  } catch {
    if (isApi) {
      return NextResponse.json(
        { error: { field: "database", message: "database: unavailable, try again shortly" } },
        { status: 503, headers: { "Retry-After": "30" } },
      );
    }
    return new NextResponse("The database is unavailable. Try again in a moment.", { status: 503, headers: { "Retry-After": "30" } });
  }

  const decision = decideAccess(rule, user);
  switch (decision.kind) {
    case "allow":
      return NextResponse.next();
    case "home":
      return NextResponse.redirect(new URL("/leads", request.url));
    case "sign-in": {
      if (isApi) {
        return NextResponse.json({ error: { field: "session", message: "session: sign in first" } }, { status: 401 });
      }
      const signIn = new URL("/sign-in", request.url);
      if (pathname !== "/") signIn.searchParams.set("callbackUrl", pathname + search);
      return NextResponse.redirect(signIn);
    }
    case "forbidden":
      if (isApi) {
        return NextResponse.json(
          { error: { field: "role", message: `role: this needs the ${decision.required} role` } },
          { status: 403 },
        );
      }
      // A server action (a POST to the page) gets a bare 403: rewriting it would hand the action to another page.
      if (request.method !== "GET" && request.method !== "HEAD") {
        return new NextResponse(`This needs the ${decision.required} role.`, { status: 403 });
      }
      return NextResponse.rewrite(new URL("/forbidden", request.url), { status: 403 });
  }
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
