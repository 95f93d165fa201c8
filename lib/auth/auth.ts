import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { z } from "zod";
import { verifyPassword } from "@/lib/accounts/passwords";
import {
  endSession,
  findAccountByEmail,
  normaliseEmail,
  SESSION_MAX_AGE_SECONDS,
  startSession,
} from "@/lib/accounts/store";
import { clearFailures, forgetFailure, lockedFor, recordFailure } from "./rate-limit";
import { authLogger } from "./auth-logger";
import { authSecret } from "./secret";
import { rememberDevice, SIGN_IN_LOCKED_CODE, signInClient } from "./sign-in-client";
import { env } from "@/lib/env";

/**
 * Thrown by `authorize` while the attempt's client is locked out (the password is not checked);
 * the sign-in form explains it (`signInRefusal`).
 */
export class SignInLocked extends CredentialsSignin {
  code = SIGN_IN_LOCKED_CODE;
}

const credentialsSchema = z.object({
  email: z.string().trim().max(320).pipe(z.email()),
  password: z.string().min(1).max(200),
});

async function authorizeCredentials(input: unknown, request: Request) {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const email = normaliseEmail(parsed.data.email);
  const client = signInClient(request.headers, email);
  if (lockedFor(email, client) > 0) throw new SignInLocked();
  // Counted now, in the same tick as the lock test, and taken back if the password is right.
  const attempt = recordFailure(email, client);
  const account = await findAccountByEmail(email);
  // Unknown, deactivated and not-yet-activated accounts fail exactly like a wrong password.
  const usable = account?.active && account.passwordHash ? account : undefined;
  if (!(await verifyPassword(usable?.passwordHash, parsed.data.password)) || !usable) return null;
  forgetFailure(email, client, attempt);
  clearFailures(email, client);
  return { id: usable.id, email, sid: await startSession(usable.id) };
}

/**
 * OAuth providers are on only when their keys are set, and only sign in accounts that already exist
 * (matched by a verified email): there is no open sign-up.
 */
function oauthProviders() {
  const providers = [];
  if (env.github()) providers.push(GitHub);
  if (env.google()) providers.push(Google);
  return providers;
}

export const enabledOAuthProviders = () =>
  oauthProviders().map((p) =>
    p === GitHub ? { id: "github", name: "GitHub" } : { id: "google", name: "Google" },
  );

function config(): NextAuthConfig {
  return {
    secret: authSecret(),
    trustHost: true,
    // One line per refused sign-in instead of next-auth's stack trace (auth-logger.ts).
    logger: authLogger,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      Credentials({ credentials: { email: {}, password: {} }, authorize: authorizeCredentials }),
      ...oauthProviders(),
    ],
    events: {
      // This browser becomes a known device for the account it signed in to (known-device.ts).
      async signIn({ user, account }) {
        if (account?.provider === "credentials" && user.email) await rememberDevice(user.email);
      },
      // next-auth's own POST /api/auth/signout only clears the cookie: end the session in the
      // store too, so a copy of the cookie taken before is worth nothing.
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        const accountId = token?.accountId;
        const sid = token?.sid;
        if (typeof accountId === "string" && typeof sid === "string")
          await endSession(accountId, sid);
      },
    },
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider === "credentials") return true;
        const verified =
          account?.provider === "google"
            ? profile?.email_verified === true
            : Boolean(profile?.email);
        const existing =
          verified && profile?.email ? await findAccountByEmail(profile.email) : undefined;
        return Boolean(existing?.active);
      },
      async jwt({ token, user, account, profile }) {
        if (account?.provider === "credentials" && user) {
          token.accountId = user.id;
          token.sid = (user as { sid?: string }).sid;
        } else if (account && profile?.email) {
          const existing = await findAccountByEmail(profile.email);
          if (existing) {
            token.accountId = existing.id;
            token.sid = await startSession(existing.id);
          }
        }
        return token;
      },
      session({ session, token }) {
        // Only the ids travel; name, role and status are read from the store on every request.
        return {
          ...session,
          accountId: token.accountId as string | undefined,
          sid: token.sid as string | undefined,
        };
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());
