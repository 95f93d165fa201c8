import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Tests and the benchmark build into their own folder so they never clobber a developer's `.next`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
