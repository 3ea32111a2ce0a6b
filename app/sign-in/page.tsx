import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInErrorMessage } from "@/lib/auth/sign-in-messages";
import { firstParam, type SearchParams } from "@/lib/paging/search-params";

export const metadata = { title: "Sign in" };

function safeCallback(target: string | undefined): string {
  // Only same-site paths: never bounce a signed-in user to another site.
  return target && target.startsWith("/") && !target.startsWith("//") ? target : "/leads";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const passwordSet = firstParam(params, "notice") === "password-set";
  return (
    <AuthCard title="Sign in" subtitle="Marketplace leads, followed up within 24 hours.">
      {passwordSet ? (
        <p role="status" className="mt-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-inset ring-emerald-200">
          Your password is set. Sign in with it now.
        </p>
      ) : null}
      <SignInForm
        callbackUrl={safeCallback(firstParam(params, "callbackUrl"))}
        initialError={signInErrorMessage(firstParam(params, "error"))}
        defaultEmail={firstParam(params, "email") ?? ""}
      />
    </AuthCard>
  );
}
