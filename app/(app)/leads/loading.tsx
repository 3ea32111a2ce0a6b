import { ListSkeleton } from "@/components/ui/list-skeleton";

export default function LoadingLeads() {
  return <ListSkeleton label="Loading leads…" />;
}
