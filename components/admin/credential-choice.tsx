import { ChoiceCards } from "@/components/ui/choice-cards";

const CHOICES = [
  { value: "password", label: "One-time password", hint: "Generated now and shown once; you pass it on." },
  { value: "invitation", label: "Invitation link", hint: "They choose their own password; the link works once, for 7 days." },
];

/** How someone gets in: shared by "add user" and "reset password". */
export function CredentialChoice({ legend, error, defaultValue }: { legend: string; error?: string; defaultValue?: string }) {
  return <ChoiceCards name="credential" legend={legend} choices={CHOICES} defaultValue={defaultValue ?? "password"} error={error} />;
}
