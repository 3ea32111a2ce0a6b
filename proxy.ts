import { NextResponse, type NextRequest } from "next/server";
import { accessRuleFor } from "@/lib/auth/access-rules";
import { hasRole } from "@/lib/auth/roles";
import { readSessionToken } from "@/lib/auth/session-token";
import { loadSessionUser } from "@/lib/auth/session-user";

/**
 * Enforces lib/auth/access-rules.ts for every page, route handler and server action. Unlisted
 * paths need a signed-in user (Next answers 404 for them), so nothing is open by omission.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const rule = accessRuleFor(pathname, request.method);
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

  if (rule?.access === "guest") {
    return user ? NextResponse.redirect(new URL("/leads", request.url)) : NextResponse.next();
  }
  if (!user) {
    if (isApi) {
      return NextResponse.json({ error: { field: "session", message: "session: sign in first" } }, { status: 401 });
    }
    const signIn = new URL("/sign-in", request.url);
    if (pathname !== "/") signIn.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(signIn);
  }
  const required = rule?.access ?? "rep";
  if (!hasRole(user.role, required)) {
    if (isApi) {
      return NextResponse.json(
        { error: { field: "role", message: `role: this needs the ${required} role` } },
        { status: 403 },
      );
    }
    return NextResponse.rewrite(new URL("/forbidden", request.url), { status: 403 });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
