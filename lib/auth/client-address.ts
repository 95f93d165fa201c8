import net from "node:net";
import { env } from "@/lib/env";

/**
 * Which client a request came from, for the sign-in limits. Next's route handlers and actions do
 * not expose the socket's address, and `next start` fills X-Forwarded-For with it only when the
 * request has none: a client that writes its own header is believed. So the app believes these
 * headers only when TRUSTED_PROXIES names the proxies in front of it (and the app listens where
 * only they reach it: `npm start` binds 127.0.0.1). Without it, every client is "unknown": one
 * address for the limits (see rate-limit.ts for what that changes).
 *
 * TRUSTED_PROXIES: comma-separated addresses or ranges, e.g. "127.0.0.1,::1" or "10.0.0.0/8".
 * The only place that reads it.
 */
const TRUSTED_PROXIES_VARIABLE = "TRUSTED_PROXIES";

type Trusted = { list: net.BlockList; count: number };
let parsed: { from: string; trusted: Trusted } | undefined;

/** `::ffff:127.0.0.1` (an IPv4 client on a dual-stack socket) is `127.0.0.1`. */
function normalise(address: string): string | undefined {
  let value = address.trim();
  // "[2001:db8::1]:443" and "203.0.113.5:51234" (some proxies add the port).
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value))
    value = value.slice(0, value.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(value);
  if (mapped) value = mapped[1]!;
  return net.isIP(value) ? value.toLowerCase() : undefined;
}

function parseTrusted(text: string): Trusted {
  const list = new net.BlockList();
  let count = 0;
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    const [base = "", prefix] = entry.split("/");
    const address = normalise(base);
    const family = address && net.isIPv6(address) ? "ipv6" : "ipv4";
    const bits = prefix === undefined ? undefined : Number(prefix);
    const validBits =
      bits === undefined ||
      (/^\d+$/.test(prefix!) && bits >= 0 && bits <= (family === "ipv6" ? 128 : 32));
    if (!address || !validBits) {
      // A typo must not trust anything: the entry is left out, loudly.
      console.warn(`[auth] ${TRUSTED_PROXIES_VARIABLE}: "${entry}" is not an address; ignored.`);
      continue;
    }
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, bits, family);
    count++;
  }
  return { list, count };
}

function trustedProxies(): Trusted {
  const text = env.trustedProxies();
  if (parsed?.from !== text) parsed = { from: text, trusted: parseTrusted(text) };
  return parsed.trusted;
}

const isTrusted = (trusted: Trusted, address: string) =>
  trusted.list.check(address, net.isIPv6(address) ? "ipv6" : "ipv4");

/**
 * The client's address, or undefined when it cannot be known. With trusted proxies, X-Forwarded-For
 * is read from the right: each proxy appends the address it saw, so the right-most address that is
 * not itself a trusted proxy is the client (anything left of it was written by the client). The
 * shipped nginx config overwrites the header with the one address it saw. X-Real-IP is never read:
 * it says nothing X-Forwarded-For does not.
 */
export function clientAddress(headers: Headers): string | undefined {
  const trusted = trustedProxies();
  if (trusted.count === 0) return undefined;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((hop) => hop.trim());
  const addresses: (string | undefined)[] = hops.filter(Boolean).map(normalise);
  for (let i = addresses.length - 1; i >= 0; i--) {
    const address = addresses[i];
    // Something a trusted proxy passed on that is not an address: the client is unknown.
    if (!address) return undefined;
    if (!isTrusted(trusted, address)) return address;
  }
  // Every hop is a trusted proxy: the request started at the first of them (as nginx's realip).
  return addresses[0];
}
