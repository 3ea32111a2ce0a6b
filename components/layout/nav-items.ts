import type { Role } from "@/lib/auth/roles";

export interface NavItem {
  href: string;
  label: string;
  role: Role;
}

export const NAV_ITEMS: NavItem[] = [{ href: "/leads", label: "Leads", role: "rep" }];
