import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import type { UserSummary } from "@/lib/users/list-users";
import { RoleBadge } from "./role-badge";
import { UserStatusBadge } from "./user-status-badge";
import { bodyCell, headCell, tableClasses, tableFrame } from "@/components/ui/table-styles";

const th = headCell;
const td = `${bodyCell} align-middle`;

export function UsersTable({ users, currentUserId }: { users: UserSummary[]; currentUserId: string }) {
  return (
    <div className={tableFrame}>
      <table className={tableClasses}>
        <caption className="sr-only">Team members</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>Name</th>
            <th scope="col" className={th}>Role</th>
            <th scope="col" className={th}>Status</th>
            <th scope="col" className={`${th} hidden text-right sm:table-cell`}>Open leads</th>
            <th scope="col" className={`${th} hidden md:table-cell`}>Last sign-in</th>
            <th scope="col" className={`${th} hidden lg:table-cell`}>Added</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {users.map((user) => (
            <tr key={user.id} className={user.status === "deactivated" ? "bg-slate-50/60 text-slate-500" : "hover:bg-slate-50"}>
              <td className={td}>
                <Link href={`/admin/users/${user.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                  {user.name}
                </Link>
                {user.id === currentUserId ? <span className="ml-1.5 text-xs text-slate-500">(you)</span> : null}
                <div className="max-w-[18rem] truncate text-xs text-slate-500">{user.email}</div>
              </td>
              <td className={td}>
                <RoleBadge role={user.role} />
              </td>
              <td className={td}>
                <UserStatusBadge status={user.status} />
              </td>
              <td className={`${td} hidden text-right tabular-nums sm:table-cell`}>{user.openLeads.toLocaleString("en-US")}</td>
              <td className={`${td} hidden whitespace-nowrap text-slate-600 md:table-cell`}>
                {user.lastSignInAt ? <LocalTime iso={user.lastSignInAt.toISOString()} /> : <span className="text-slate-400">Never</span>}
              </td>
              <td className={`${td} hidden whitespace-nowrap text-slate-600 lg:table-cell`}>
                <LocalTime iso={user.createdAt.toISOString()} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
