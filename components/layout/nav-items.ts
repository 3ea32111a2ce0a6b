import type { Role } from "@/lib/auth/roles";

export interface NavItem {
  href: string;
  label: string;
  role: Role;
}

export const NAV_ITEMS: NavItem[] = [
  { href: "/queue", label: "My queue", role: "rep" },
  { href: "/leads", label: "Leads", role: "rep" },
  { href: "/analytics", label: "Analytics", role: "manager" },
  { href: "/admin/users", label: "Users", role: "admin" },
  { href: "/admin/keys", label: "Ingest keys", role: "admin" },
  { href: "/admin/journal", label: "Delivery journal", role: "admin" },
  { href: "/admin/audit", label: "Audit log", role: "admin" },
  { href: "/account", label: "Account", role: "rep" },
];
