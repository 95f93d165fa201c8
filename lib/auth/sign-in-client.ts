import "server-only";
import { cookies } from "next/headers";
import { siteConfig } from "@/lib/site-config";
import { clientAddress } from "./client-address";
import {
  KNOWN_DEVICE_COOKIE,
  KNOWN_DEVICE_MAX_AGE_SECONDS,
  issueKnownDevice,
  knownDeviceCookieOf,
  knownDeviceFor,
} from "./known-device";
import { failedSignInMessage, lockedFor, lockedMessage, type SignInClient } from "./rate-limit";

/** Who is trying `email` (already normalised): their address, and their device if it is known. */
export function signInClient(headers: Headers, email: string): SignInClient {
  return {
    address: clientAddress(headers),
    device: knownDeviceFor(knownDeviceCookieOf(headers), email),
  };
}

/** After a successful password sign-in, inside its request: this browser is now a known device. */
export async function rememberDevice(email: string): Promise<void> {
  (await cookies()).set(KNOWN_DEVICE_COOKIE, issueKnownDevice(email), {
    httpOnly: true,
    sameSite: "lax",
    // From the configured address, never from a request header a client could set.
    secure: siteConfig.url.startsWith("https:"),
    path: "/",
    maxAge: KNOWN_DEVICE_MAX_AGE_SECONDS,
  });
}

/** The code of auth.ts's `SignInLocked`: the client was locked out, the password never checked. */
export const SIGN_IN_LOCKED_CODE = "locked";

/**
 * What a refused sign-in says, from next-auth's error: "locked" when the password was not checked;
 * otherwise it was wrong (and said so, with the lock this failure may have started).
 */
export function signInRefusal(email: string, client: SignInClient, error: unknown): string {
  const wait = lockedFor(email, client);
  const unchecked = (error as { code?: unknown } | null)?.code === SIGN_IN_LOCKED_CODE;
  return unchecked && wait > 0 ? lockedMessage(wait) : failedSignInMessage(wait);
}
