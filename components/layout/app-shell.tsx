import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { hasRole, ROLE_LABELS } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-user";
import { NAV_ITEMS } from "./nav-items";
import { NavLinks } from "./nav-links";

function Brand() {
  return (
    <Link href="/leads" className="flex items-center gap-2 text-sm font-semibold text-white">
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src="/icon.svg" alt="" width={22} height={22} />
      Lead Cockpit
    </Link>
  );
}

export function AppShell({ user, children }: { user: SessionUser; children: React.ReactNode }) {
  const items = NAV_ITEMS.filter((item) => hasRole(user.role, item.role));
  return (
    <div className="min-h-full lg:flex">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <aside className="hidden w-52 shrink-0 flex-col bg-slate-900 px-3 py-4 lg:flex">
        <Brand />
        <nav aria-label="Main" className="mt-6 flex-1">
          <NavLinks items={items} orientation="vertical" />
        </nav>
        <div className="border-t border-slate-800 pt-3">
          <p className="truncate text-sm font-medium text-white">{user.name}</p>
          <p className="truncate text-xs text-slate-400">
            {ROLE_LABELS[user.role]} · {user.email}
          </p>
          <div className="mt-2">
            <SignOutButton />
          </div>
        </div>
      </aside>
      <header className="flex flex-col gap-2 bg-slate-900 px-3 py-2 lg:hidden">
        <div className="flex items-center justify-between">
          <Brand />
          <SignOutButton />
        </div>
        <nav aria-label="Main">
          <NavLinks items={items} orientation="horizontal" />
        </nav>
      </header>
      <main id="main" className="min-w-0 flex-1 px-4 py-5 sm:px-6">
        {children}
      </main>
    </div>
  );
}
