import { ChangePasswordForm } from "@/components/account/change-password-form";
import { RenameForm } from "@/components/account/rename-form";
import { RoleBadge } from "@/components/admin/role-badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireUser } from "@/lib/auth/current-user";

export const metadata = { title: "Account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await requireUser();
  return (
    <div className="max-w-3xl space-y-5">
      <PageHeader
        title="Account"
        description={
          <span className="flex flex-wrap items-center gap-2">
            {user.email} <RoleBadge role={user.role} />
          </span>
        }
      />
      <Section title="Profile">
        <RenameForm name={user.name} />
      </Section>
      <Section title="Password" description="Changing it signs you out on every other device.">
        <ChangePasswordForm email={user.email} />
      </Section>
      <p className="text-sm text-slate-500">Your email and role are managed by an admin.</p>
    </div>
  );
}
