import { isInternalToken } from "@/lib/publishing/internal-token";
import { refreshPublicSite } from "@/lib/publishing/refresh";

/** Called by the publish scheduler in this same process when a scheduled post's time comes. */
export async function POST(request: Request) {
  if (!isInternalToken(request.headers.get("x-internal-token")))
    return new Response("Forbidden", { status: 403 });
  refreshPublicSite();
  return Response.json({ ok: true });
}
