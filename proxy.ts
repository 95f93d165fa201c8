import { NextResponse, type NextRequest } from "next/server";
import { tagRedirectFor } from "@/lib/routing/tag-redirect";
import { contentSecurityPolicy, DRAFT_MODE_COOKIE, PER_REQUEST_PATHS } from "@/lib/security/csp";
import { isLiveDraftModeCookie } from "@/lib/security/draft-mode";

const perRequestPath = new RegExp(`^/(?:${PER_REQUEST_PATHS.join("|")})(?:/|$)`);

/**
 * Pages rendered per request get a fresh nonce: Next reads it from the request's policy and puts
 * it on its own scripts, so the response's policy can refuse every other inline script. Static
 * reader pages keep next.config.ts's policy, also when a draft-mode cookie is stale (from an earlier
 * build, or made up): Next then serves the cached page, whose scripts carry no nonce, so a nonce
 * policy would block them all. Old addresses of renamed tags are redirected here, before rendering.
 */
export function proxy(request: NextRequest) {
  const moved = tagRedirectFor(request.nextUrl.pathname);
  if (moved) {
    const target = new URL(moved + request.nextUrl.search, request.url);
    return NextResponse.redirect(target, 308);
  }
  // `next dev` needs eval and inline scripts for fast refresh.
  if (process.env.NODE_ENV !== "production") return NextResponse.next();
  const draftCookie = request.cookies.get(DRAFT_MODE_COOKIE)?.value;
  const draftMode = isLiveDraftModeCookie(draftCookie);
  if (!perRequestPath.test(request.nextUrl.pathname) && !draftMode) {
    if (draftCookie === undefined) return NextResponse.next();
    // next.config.ts sends the static policy only without this cookie: send it here, and drop
    // the stale cookie so the next request is an ordinary one.
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", contentSecurityPolicy());
    response.cookies.set(DRAFT_MODE_COOKIE, "", { path: "/", maxAge: 0 });
    return response;
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    "/admin/:path*",
    "/signin",
    "/setup",
    "/invite/:path*",
    "/preview/:path*",
    "/search",
    // A renamed tag's old address (lib/routing/tag-redirect.ts).
    "/tags/:tag",
    "/tags/:tag/page/:page",
    "/tags/:tag/feed.xml",
    // Draft mode (its cookie is DRAFT_MODE_COOKIE) renders any reader page per request. Next reads
    // this matcher without running the file, so it must be written out.
    {
      source: "/((?!_next/|api/|media/|og/).*)",
      has: [{ type: "cookie", key: "__prerender_bypass" }],
    },
  ],
};
