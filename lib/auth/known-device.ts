import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret } from "./secret";

/**
 * "Known device" cookies (OWASP's device cookies): after a successful password sign-in, the
 * browser gets a cookie signed by the server naming that account's email and a random device id.
 * Attempts that carry a valid one for the email they try are counted for that device alone, so a
 * stranger failing on purpose against the email from anywhere else cannot lock the mentor's own
 * browser out (rate-limit.ts). The cookie signs nobody in and holds no secret of the account; a
 * copied cookie still gets only its device's 5 guesses per 15 minutes.
 *
 * One cookie per browser: signing in to another account replaces it.
 */
export const KNOWN_DEVICE_COOKIE = "mentor-blog.known-device";
export const KNOWN_DEVICE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

const key = () => createHmac("sha256", authSecret()).update("known-device-cookie/v1").digest();

const mac = (email: string, device: string, expires: number) =>
  createHmac("sha256", key()).update(`${email}\n${device}\n${expires}`).digest("base64url");

/** A new cookie value for `email` (already normalised). */
export function issueKnownDevice(email: string, now = Date.now()): string {
  const device = randomBytes(16).toString("base64url");
  const expires = Math.floor(now / 1000) + KNOWN_DEVICE_MAX_AGE_SECONDS;
  return `${device}.${expires}.${mac(email, device, expires)}`;
}

/** The device id when `value` is a valid, unexpired cookie issued for `email`; else undefined. */
export function knownDeviceFor(
  value: string | undefined,
  email: string,
  now = Date.now(),
): string | undefined {
  const [device, expiresText, signature, ...rest] = (value ?? "").split(".");
  if (!device || !expiresText || !signature || rest.length) return undefined;
  if (!/^[\w-]{22}$/.test(device) || !/^\d{1,12}$/.test(expiresText)) return undefined;
  const expires = Number(expiresText);
  if (expires * 1000 <= now) return undefined;
  const expected = Buffer.from(mac(email, device, expires));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return device;
}

/** The cookie's value from a request's Cookie header. */
export function knownDeviceCookieOf(headers: Headers): string | undefined {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === KNOWN_DEVICE_COOKIE)
      return part.slice(at + 1).trim();
  }
  return undefined;
}
