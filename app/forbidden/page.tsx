import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { StatePanel } from "@/components/ui/state-panel";

export const metadata = { title: "Not allowed" };

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg px-4 py-24">
      <StatePanel title="Your role does not open this page" action={<Link className={buttonClasses("primary")} href="/leads">Back to leads</Link>}>
        Ask an admin if you need access.
      </StatePanel>
    </main>
  );
}
