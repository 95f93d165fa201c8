import os from "node:os";
import type { NextConfig } from "next";
import { contentSecurityPolicy, DRAFT_MODE_COOKIE, PER_REQUEST_PATHS } from "./lib/security/csp";
import { distDir } from "./lib/security/draft-mode";

const nextConfig: NextConfig = {
  // Tests and the benchmark build into their own folder so they never clobber a developer's `.next`.
  // proxy.ts reads this build's draft-mode id from it (lib/security/draft-mode.ts).
  distDir: distDir(),
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tests included) with `tsc` first; checking again in
  // every build only makes builds slower.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  experimental: {
    // Image uploads go through a server action: 5 MB files plus form overhead.
    serverActions: { bodySizeLimit: "6mb" },
    // Static generation runs after compiling, when the main build process is idle: use every core
    // for it (Next's default leaves one out, which on a 2-core machine means a single worker).
    cpus: Math.max(1, os.availableParallelism()),
    // The persistent Turbopack cache only pays off for incremental builds; every build we run
    // (CI, `npm run serve`, deploys, the benchmark) starts clean, and writing it cost ~15 s.
    turbopackFileSystemCacheForBuild: false,
  },
  // "Page 1" lives at the list's own address. Redirected here rather than by the pages: a redirect
  // thrown while rendering an ISR page is sent with two Location headers on a cache miss.
  async redirects() {
    return [
      { source: "/page/1", destination: "/", permanent: true },
      { source: "/tags/:tag/page/1", destination: "/tags/:tag", permanent: true },
      { source: "/authors/:id/page/1", destination: "/authors/:id", permanent: true },
    ];
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      // The policy for statically generated pages; proxy.ts gives pages rendered per request a
      // stricter one with a nonce, and sends this one itself when a draft-mode cookie is stale.
      // `next dev` needs eval, so only production servers send it.
      ...(process.env.NODE_ENV === "production"
        ? [
            {
              source: `/:path((?!(?:${PER_REQUEST_PATHS.join("|")})(?:/|$)).*)`,
              missing: [{ type: "cookie" as const, key: DRAFT_MODE_COOKIE }],
              headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy() }],
            },
          ]
        : []),
      {
        // Per-user pages: never stored by a shared cache.
        source: "/(admin|signin|setup|invite|reset|preview)/:path*",
        headers: [{ key: "Cache-Control", value: "private, no-store" }],
      },
      {
        // One-time links carry their token in the address: no Referer may take it anywhere.
        source: "/(invite|reset)/:path*",
        headers: [{ key: "Referrer-Policy", value: "no-referrer" }],
      },
      {
        source: "/(admin|signin|setup)",
        headers: [{ key: "Cache-Control", value: "private, no-store" }],
      },
    ];
  },
};

export default nextConfig;
