import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { StatePanel } from "@/components/ui/state-panel";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-4 py-24">
      <StatePanel title="Nothing here" action={<Link className={buttonClasses("primary")} href="/leads">Go to leads</Link>}>
        The page or lead you asked for does not exist.
      </StatePanel>
    </main>
  );
}
