import Link from "next/link";
import { AcceptInvitationForm } from "@/components/account/accept-invitation-form";
import { AuthCard } from "@/components/auth/auth-card";
import { findInvitation } from "@/lib/users/accept-invitation";

export const metadata = { title: "Set your password", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findInvitation(token);
  if (!invitation) {
    return (
      <AuthCard title="This invitation link no longer works" subtitle="It has expired, was already used, or was replaced by a newer one.">
        <p className="mt-4 text-sm text-slate-600">Ask your admin for a new link, or sign in if you already set a password.</p>
        <Link href="/sign-in" className="mt-4 inline-block text-sm font-medium text-brand-700 hover:underline">
          Go to sign-in
        </Link>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={`Welcome, ${invitation.name}`} subtitle={<>Choose a password for {invitation.email}.</>}>
      <AcceptInvitationForm token={token} email={invitation.email} />
    </AuthCard>
  );
}
