"use client";

import { signIn } from "next-auth/react";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormField, inputClasses } from "@/components/ui/form-field";
import { signInErrorMessage } from "@/lib/auth/sign-in-messages";

export function SignInForm({ callbackUrl, initialError, defaultEmail = "" }: { callbackUrl: string; initialError: string | null; defaultEmail?: string }) {
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);
  // Until the page is interactive the button stays disabled: a native submit would put the
  // password in the address bar.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (!result || result.error) {
      setPending(false);
      // The same words whether the email exists or not.
      setError(signInErrorMessage(result?.error ?? "CredentialsSignin"));
      return;
    }
    window.location.assign(callbackUrl);
  }

  return (
    <form method="post" onSubmit={onSubmit} className="mt-5 space-y-4" noValidate>
      <FormField label="Email" htmlFor="email">
        <input id="email" name="email" type="email" autoComplete="username" required autoFocus={!defaultEmail} defaultValue={defaultEmail} className={inputClasses()} />
      </FormField>
      <FormField label="Password" htmlFor="password">
        <input id="password" name="password" type="password" autoComplete="current-password" required autoFocus={!!defaultEmail} className={inputClasses()} />
      </FormField>
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <Button type="submit" variant="primary" className="w-full" disabled={pending || !ready}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
