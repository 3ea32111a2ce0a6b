import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditTable } from "@/components/admin/audit-table";
import { ChangeRoleForm } from "@/components/admin/change-role-form";
import { ResetPasswordForm } from "@/components/admin/reset-password-form";
import { RoleBadge } from "@/components/admin/role-badge";
import { UserAccessForm } from "@/components/admin/user-access-form";
import { UserStatusBadge } from "@/components/admin/user-status-badge";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { FactStrip } from "@/components/ui/fact-strip";
import { LocalTime } from "@/components/ui/local-time";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { StatePanel } from "@/components/ui/state-panel";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { requireUser } from "@/lib/auth/current-user";
import { findUserSummary } from "@/lib/users/list-users";

export const metadata = { title: "User" };
export const dynamic = "force-dynamic";

const RECENT_CHANGES = 10;

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [me, user, changes] = await Promise.all([
    requireUser(),
    findUserSummary(id),
    listAuditEntries({ kind: "user", subject: id, page: 1 }, RECENT_CHANGES),
  ]);
  if (!user) notFound();
  const isSelf = user.id === me.id;
  const facts: [string, React.ReactNode][] = [
    ["Email", user.email],
    ["Added", <LocalTime key="added" iso={user.createdAt.toISOString()} />],
    ["Last sign-in", user.lastSignInAt ? <LocalTime key="last" iso={user.lastSignInAt.toISOString()} /> : "Never"],
    ["Open leads", user.openLeads.toLocaleString("en-US")],
  ];
  return (
    <div className="max-w-5xl space-y-5">
      <Breadcrumb trail={[{ href: "/admin/users", label: "Users" }]} current={user.name} />
      <PageHeader
        title={isSelf ? `${user.name} (you)` : user.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <RoleBadge role={user.role} />
            <UserStatusBadge status={user.status} />
          </span>
        }
        actions={
          <Link href={`/admin/audit?actor=${user.id}`} className="text-sm font-medium text-brand-700 hover:underline">
            Changes made by {isSelf ? "you" : user.name}
          </Link>
        }
      />
      <FactStrip facts={facts} className="grid-cols-2 md:grid-cols-4" />
      <Section title="Role" description="A role change ends their open sessions, so the new role applies from their next sign-in.">
        <ChangeRoleForm userId={user.id} role={user.role} />
      </Section>
      <div className="grid gap-5 lg:grid-cols-2">
        <Section title="Password" description="A reset makes the old password stop working and ends their sessions.">
          <ResetPasswordForm userId={user.id} name={user.name} />
        </Section>
        <Section title="Access">
          <UserAccessForm userId={user.id} name={user.name} active={user.status !== "deactivated"} isSelf={isSelf} />
        </Section>
      </div>
      <Section
        title="Recent changes to this user"
        flush
        actions={
          changes.total > RECENT_CHANGES ? (
            <Link href={`/admin/audit?kind=user&subject=${user.id}`} className="text-sm font-medium text-brand-700 hover:underline">
              All {changes.total}
            </Link>
          ) : null
        }
      >
        {changes.rows.length === 0 ? (
          <div className="p-4">
            <StatePanel title="No changes recorded" />
          </div>
        ) : (
          <AuditTable rows={changes.rows} caption={`Changes to ${user.name}`} />
        )}
      </Section>
    </div>
  );
}
