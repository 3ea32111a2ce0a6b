import { CreateKeyForm } from "@/components/admin/create-key-form";
import { IngestKeysTable } from "@/components/admin/ingest-keys-table";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { StatePanel } from "@/components/ui/state-panel";
import { listIngestKeys, serverIngestKeyConfigured } from "@/lib/ingest-keys/list-ingest-keys";

export const metadata = { title: "Ingest keys" };
export const dynamic = "force-dynamic";

export default async function IngestKeysPage() {
  const keys = await listIngestKeys();
  const active = keys.filter((key) => !key.revokedAt).length;
  return (
    <div className="max-w-6xl space-y-5">
      <PageHeader
        title="Ingest keys"
        description="Partner Center posts leads to this app's endpoint with a key in the URL. Give each offer or environment its own key, so one can be revoked alone."
      />
      <Section title="New key" description="The secret is shown once, with the full URL to paste into Partner Center.">
        <CreateKeyForm />
      </Section>
      <Section title="Keys" description={`${active} active, ${keys.length - active} revoked.`} flush>
        {keys.length === 0 ? (
          <div className="p-4">
            <StatePanel title="No keys yet">Create a key above, then paste its endpoint URL into Partner Center.</StatePanel>
          </div>
        ) : (
          <IngestKeysTable keys={keys} />
        )}
        {serverIngestKeyConfigured() ? (
          <p className="border-t border-slate-100 px-4 py-3 text-sm text-slate-600">
            A key set in the server’s <code className="font-mono text-xs">LEAD_INGEST_KEY</code> setting is also accepted. It is
            not listed here; remove the setting to stop it.
          </p>
        ) : null}
      </Section>
    </div>
  );
}
