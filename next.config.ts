import type { NextConfig } from "next";

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
