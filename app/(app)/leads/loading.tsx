import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function LoadingLeads() {
  return <PageSkeleton rows={10} label="Loading leads…" />;
}
