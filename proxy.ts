import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/security/csp";

/**
 * Pages rendered per request get a fresh nonce: Next reads it from the request's policy and puts
 * it on its own scripts, so the response's policy can refuse every other inline script. Static
 * reader pages never come through here (see `config.matcher`) and keep next.config.ts's policy.
 */
export function proxy(request: NextRequest) {
  // `next dev` needs eval and inline scripts for fast refresh.
  if (process.env.NODE_ENV !== "production") return NextResponse.next();
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
    // Draft mode (its cookie is DRAFT_MODE_COOKIE) renders any reader page per request. Next reads
    // this matcher without running the file, so it must be written out.
    {
      source: "/((?!_next/|api/|media/|og/).*)",
      has: [{ type: "cookie", key: "__prerender_bypass" }],
    },
  ],
};
