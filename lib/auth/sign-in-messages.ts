/**
 * The only things the sign-in screen ever says about a refusal. None of them depends on whether the
 * email exists: throttling counts emails, not accounts.
 */
export const WRONG_CREDENTIALS_MESSAGE = "Email or password is not right.";
export const THROTTLED_MESSAGE = "Too many sign-in attempts. Wait 15 minutes, then try again.";
export const SIGN_IN_UNAVAILABLE_MESSAGE = "Sign-in is unavailable for a moment. Try again shortly.";

/** Maps what next-auth reports (an error code or a thrown message) to one of the messages above. */
export function signInErrorMessage(error: string | null | undefined): string | null {
  if (!error) return null;
  if (error === THROTTLED_MESSAGE || error === SIGN_IN_UNAVAILABLE_MESSAGE) return error;
  return WRONG_CREDENTIALS_MESSAGE;
}
