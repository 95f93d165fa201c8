import "server-only";
import { can } from "@/lib/accounts/roles";
import type { Account } from "@/lib/accounts/types";
import { FORBIDDEN, SIGNED_OUT } from "@/lib/actions/define";
import { getCurrentAccount } from "@/lib/auth/current-user";

export const NO_STORE = { "Cache-Control": "private, no-store" };

const refuse = (status: number, message: string) =>
  Response.json({ ok: false, message }, { status, headers: NO_STORE });

/**
 * Same origin, as Next checks for server actions: the browser's Origin must name this host. A
 * cross-site page cannot post here with the owner's cookies (which are SameSite=Lax anyway).
 */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host.split(",")[0]!.trim();
  } catch {
    return false;
  }
}

/**
 * The backup routes' own check, made on every request (a page's redirect protects nothing here):
 * a live session of an account whose role may manage backups, and for writes the same origin.
 * Returns the account, or the response that refuses the request.
 */
export async function backupAccess(
  request: Request,
  options: { write: boolean },
): Promise<Account | Response> {
  if (options.write && !sameOrigin(request))
    return refuse(403, "This request did not come from this site.");
  const account = await getCurrentAccount();
  if (!account) return refuse(401, SIGNED_OUT);
  if (!can.manageBackups(account)) return refuse(403, FORBIDDEN);
  return account;
}

/** Reads a request body into memory, stopping (and answering undefined) once it passes `limit`. */
export async function readBodyCapped(
  request: Request,
  limit: number,
): Promise<Uint8Array | undefined> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > limit || !request.body) return declared > limit ? undefined : new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
