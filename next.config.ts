import os from "node:os";
import type { NextConfig } from "next";
import { contentSecurityPolicy, DRAFT_MODE_COOKIE, PER_REQUEST_PATHS } from "./lib/security/csp";

const nextConfig: NextConfig = {
  // Tests and the benchmark build into their own folder so they never clobber a developer's `.next`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
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
      // stricter one with a nonce. `next dev` needs eval, so only production servers send it.
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
        source: "/(admin|signin|setup|invite|preview)/:path*",
        headers: [{ key: "Cache-Control", value: "private, no-store" }],
      },
      {
        source: "/(admin|signin|setup)",
        headers: [{ key: "Cache-Control", value: "private, no-store" }],
      },
    ];
  },
};

export default nextConfig;
