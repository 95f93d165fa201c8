import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { siteConfig } from "@/lib/site-config";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main
      id="main"
      className="mx-auto flex w-full max-w-md flex-1 flex-col justify-center px-4 py-12"
    >
      <Link
        href="/"
        className="mb-8 text-center text-lg font-bold tracking-tight hover:text-accent"
      >
        {siteConfig.title}
      </Link>
      <div className="rounded-lg border border-line p-6 shadow-sm sm:p-8">{children}</div>
    </main>
  );
}
