import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authorizeCredentials } from "./authorize-credentials";
import { SIGN_IN_UNAVAILABLE_MESSAGE } from "./sign-in-messages";
import { SignInThrottled } from "./sign-in-throttle";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

// Behind HTTPS (NEXTAUTH_URL https://…) cookies are Secure and __Secure- prefixed; always HttpOnly, SameSite=Lax.
export const SECURE_COOKIES = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
export const SESSION_COOKIE_NAME = `${SECURE_COOKIES ? "__Secure-" : ""}next-auth.session-token`;

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: SECURE_COOKIES,
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, request) {
        try {
          return await authorizeCredentials(credentials, request?.headers ?? {});
        } catch (error) {
          if (error instanceof SignInThrottled) throw error;
          // next-auth shows a thrown message on the sign-in screen: never a database error's text.
          console.error(error);
          throw new Error(SIGN_IN_UNAVAILABLE_MESSAGE);
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as typeof user & { role: string; sessionVersion: number };
        token.sub = signedIn.id;
        token.role = signedIn.role;
        token.sv = signedIn.sessionVersion;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user) {
        Object.assign(session.user, { id: token.sub, role: token.role });
      }
      return session;
    },
  },
};
