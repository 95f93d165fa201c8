import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";
import { isValidSlug } from "@/lib/content/paths";

const sign = (payload: string) =>
  createHmac("sha256", authSecret()).update(`preview:${payload}`).digest("base64url");

/** A signed, expiring token naming one post: shareable with a reviewer who has no account. */
export function createPreviewToken(slug: string, hours: number): string {
  const payload = `${slug}.${Date.now() + hours * 3_600_000}`;
  return `${payload}.${sign(payload)}`;
}

/** The slug and expiry a token grants, or undefined when it is forged, altered or expired. */
export function readPreviewToken(token: string): { slug: string; expiresAt: Date } | undefined {
  const match = /^([a-z0-9-]+)\.(\d{10,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match || !isValidSlug(match[1]!)) return undefined;
  const expected = Buffer.from(sign(`${match[1]}.${match[2]}`));
  const given = Buffer.from(match[3]!);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const expiresAt = new Date(Number(match[2]));
  return expiresAt.getTime() > Date.now() ? { slug: match[1]!, expiresAt } : undefined;
}
