import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata = { title: "Sign in" };

function safeCallback(value: string | string[] | undefined): string {
  const target = Array.isArray(value) ? value[0] : value;
  // Only same-site paths: never bounce a signed-in user to another site.
  return target && target.startsWith("/") && !target.startsWith("//") ? target : "/leads";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return (
    <main className="flex min-h-full items-center justify-center px-4 py-16">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center gap-2">
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src="/icon.svg" alt="" width={28} height={28} />
          <span className="text-lg font-semibold tracking-tight">Lead Cockpit</span>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-base font-semibold">Sign in</h1>
          <p className="mt-1 text-sm text-slate-600">Marketplace leads, followed up within 24 hours.</p>
          <SignInForm callbackUrl={safeCallback(params.callbackUrl)} initialError={params.error ? "Email or password is not right." : null} />
        </div>
      </div>
    </main>
  );
}
