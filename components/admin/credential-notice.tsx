import { CopyableValue } from "@/components/ui/copyable-value";
import { LocalTime } from "@/components/ui/local-time";
import type { ShownCredential } from "@/lib/users/shown-credential";

/** A one-time password or invitation link, shown this once: it is stored only as a hash. */
export function CredentialNotice({ credential, name }: { credential: ShownCredential; name: string }) {
  return (
    <div className="space-y-3 rounded-md border border-amber-200 bg-amber-50/60 p-4">
      <p className="text-sm font-medium text-amber-900">
        Shown only now. Copy it and pass it to {name} in a private message.
      </p>
      {credential.kind === "password" ? (
        <CopyableValue
          id="one-time-password"
          label="One-time password"
          value={credential.password}
          hint="They sign in with their email and this password, then change it under Account."
        />
      ) : (
        <>
          <CopyableValue id="invitation-link" label="Invitation link" value={credential.url} hint="Opening it lets them choose their own password. It works once." />
          <p className="text-xs text-slate-600">
            Valid until <LocalTime iso={credential.expiresAt} />.
          </p>
        </>
      )}
    </div>
  );
}
