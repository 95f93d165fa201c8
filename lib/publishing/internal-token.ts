import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

/** A token only this server can make, for the scheduler's call to its own revalidation route. */
export function internalToken(): string {
  return createHmac("sha256", authSecret()).update("revalidate-public-site").digest("hex");
}

export function isInternalToken(value: string | null): boolean {
  const expected = Buffer.from(internalToken());
  const given = Buffer.from(value ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
