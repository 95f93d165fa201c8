import { NextResponse, type NextRequest } from "next/server";
import { postRedirectFor } from "@/lib/routing/post-redirect";
import { tagRedirectFor } from "@/lib/routing/tag-redirect";
import { contentSecurityPolicy, DRAFT_MODE_COOKIE, PER_REQUEST_PATHS } from "@/lib/security/csp";
import {
  cookieHeaderWithout,
  hasSessionCookie,
  isLiveDraftModeCookie,
} from "@/lib/security/draft-mode";

const perRequestPath = new RegExp(`^/(?:${PER_REQUEST_PATHS.join("|")})(?:/|$)`);

/**
 * Pages rendered per request get a fresh nonce: Next reads it from the request's policy and puts
 * it on its own scripts, so the response's policy can refuse every other inline script. Static
 * reader pages keep next.config.ts's policy, also when a draft-mode cookie is stale (from an earlier
 * build, or made up): Next then serves the cached page, whose scripts carry no nonce, so a nonce
 * policy would block them all. Old addresses of renamed tags and posts are redirected here, before
 * rendering.
 *
 * The draft-mode cookie is one value for the whole build: anyone holding a copy would have every
 * page rendered for them, past the cache. Without a session cookie it is removed from the request
 * (Next then serves the normal cached page) and from the browser. With one, the page itself shows
 * drafts only to a live account that may see them (app/(site)/blog/[slug]/page.tsx).
 */
export function proxy(request: NextRequest) {
  const moved =
    tagRedirectFor(request.nextUrl.pathname) ?? postRedirectFor(request.nextUrl.pathname);
  if (moved) {
    const target = new URL(moved + request.nextUrl.search, request.url);
    return NextResponse.redirect(target, 308);
  }
  const draftCookie = request.cookies.get(DRAFT_MODE_COOKIE)?.value;
  const perRequest = perRequestPath.test(request.nextUrl.pathname);
  if (draftCookie !== undefined && !hasSessionCookie(request.cookies.getAll().map((c) => c.name)))
    return withoutDraftCookie(request, perRequest);
  // `next dev` needs eval and inline scripts for fast refresh.
  if (process.env.NODE_ENV !== "production") return NextResponse.next();
  if (!perRequest && !isLiveDraftModeCookie(draftCookie)) {
    if (draftCookie === undefined) return NextResponse.next();
    // A stale cookie: next.config.ts sends the static policy only without this cookie, so send it
    // here, and drop the cookie so the next request is an ordinary one.
    return dropDraftCookie(withStaticPolicy(NextResponse.next()));
  }
  return withNonce(new Headers(request.headers));
}

/** The request goes on without its draft-mode cookie, which the browser is told to forget. */
function withoutDraftCookie(request: NextRequest, perRequest: boolean) {
  const headers = new Headers(request.headers);
  const cookie = cookieHeaderWithout(request.headers.get("cookie"), DRAFT_MODE_COOKIE);
  if (cookie) headers.set("cookie", cookie);
  else headers.delete("cookie");
  if (process.env.NODE_ENV !== "production")
    return dropDraftCookie(NextResponse.next({ request: { headers } }));
  if (perRequest) return dropDraftCookie(withNonce(headers));
  return dropDraftCookie(withStaticPolicy(NextResponse.next({ request: { headers } })));
}

function withNonce(headers: Headers) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

function withStaticPolicy(response: NextResponse) {
  response.headers.set("Content-Security-Policy", contentSecurityPolicy());
  return response;
}

function dropDraftCookie(response: NextResponse) {
  response.cookies.set(DRAFT_MODE_COOKIE, "", { path: "/", maxAge: 0 });
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
    // A renamed post's old address (lib/routing/post-redirect.ts).
    "/blog/:slug",
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
