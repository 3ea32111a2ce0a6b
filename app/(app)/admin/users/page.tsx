import Link from "next/link";
import { RoleSummary } from "@/components/admin/role-summary";
import { UsersTable } from "@/components/admin/users-table";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { StatePanel } from "@/components/ui/state-panel";
import { requireUser } from "@/lib/auth/current-user";
import { listUsers } from "@/lib/users/list-users";

export const metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const [me, users] = await Promise.all([requireUser(), listUsers()]);
  const active = users.filter((user) => user.status !== "deactivated").length;
  return (
    <div className="space-y-5">
      <PageHeader
        title="Users"
        description={`${active} of ${users.length} ${users.length === 1 ? "person" : "people"} can work leads. Deactivated users keep their history.`}
        actions={
          <Link href="/admin/users/new" className={buttonClasses("primary")}>
            Add user
          </Link>
        }
      />
      <Section title="Team" flush>
        {users.length === 0 ? (
          <div className="p-4">
            <StatePanel title="No users yet">Add your sales reps and managers so they can work leads.</StatePanel>
          </div>
        ) : (
          <UsersTable users={users} currentUserId={me.id} />
        )}
      </Section>
      <RoleSummary />
    </div>
  );
}
