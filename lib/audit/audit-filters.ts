import { dayParam, firstParam, pageParam, type SearchParams } from "@/lib/paging/search-params";
import type { AuditEntityType } from "./record-audit";

export const AUDIT_KINDS: readonly AuditEntityType[] = ["lead", "user", "key", "delivery", "view"];

export const AUDIT_KIND_LABELS: Record<AuditEntityType, string> = {
  lead: "Lead",
  user: "User",
  key: "Ingest key",
  delivery: "Delivery",
  view: "Saved view",
};

export function isAuditKind(value: unknown): value is AuditEntityType {
  return typeof value === "string" && (AUDIT_KINDS as readonly string[]).includes(value);
}

export type AuditFilters = {
  /** Who made the change. */
  actor?: string;
  kind?: AuditEntityType;
  /** The lead, user, key or delivery changed. */
  subject?: string;
  from?: string;
  to?: string;
  page: number;
};

/** The audit log's filters and page, read from the URL; values that make no sense are ignored. */
export function auditFilters(params: SearchParams): AuditFilters {
  const kind = firstParam(params, "kind");
  const id = (name: string) => {
    const value = firstParam(params, name);
    return value && value.length <= 64 ? value : undefined;
  };
  return {
    actor: id("actor"),
    kind: isAuditKind(kind) ? kind : undefined,
    subject: id("subject"),
    from: dayParam(params, "from"),
    to: dayParam(params, "to"),
    page: pageParam(params),
  };
}
