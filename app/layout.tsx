import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { mono, sans } from "@/components/layout/fonts";
import { ThemeScript } from "@/components/layout/theme-script";
import { siteConfig } from "@/lib/site-config";
import "./globals.css";

/** A function, not a constant: the title and description are settings an administrator changes. */
export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(siteConfig.url),
    title: { default: siteConfig.title, template: `%s · ${siteConfig.title}` },
    description: siteConfig.description,
    alternates: {
      types: {
        "application/rss+xml": [{ url: "/feed.xml", title: `${siteConfig.title} (RSS)` }],
        "application/atom+xml": [{ url: "/atom.xml", title: `${siteConfig.title} (Atom)` }],
        "application/feed+json": [{ url: "/feed.json", title: `${siteConfig.title} (JSON Feed)` }],
      },
    },
    openGraph: { siteName: siteConfig.title, locale: "en", type: "website" },
    twitter: { card: "summary_large_image" },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets `class` before React hydrates; that difference is expected.
    <html
      lang={siteConfig.language}
      className={`${sans.variable} ${mono.variable}`}
      suppressHydrationWarning
    >
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-screen flex-col font-sans">{children}</body>
    </html>
  );
}
