import Link from "next/link";
import { siteConfig } from "@/lib/site-config";
import { SiteLogo } from "./site-logo";

const FEEDS = [
  { label: "RSS", href: "/feed.xml" },
  { label: "Atom", href: "/atom.xml" },
  { label: "JSON Feed", href: "/feed.json" },
];

export function SiteFooter() {
  const linkClass = "hover:text-accent";
  return (
    <footer className="mt-20 border-t border-line bg-zinc-50 dark:bg-zinc-900/40">
      <div className="mx-auto grid max-w-5xl gap-8 px-5 py-10 text-sm text-muted sm:grid-cols-[1fr_auto_auto] sm:px-6">
        <div className="max-w-sm">
          <p className="flex items-center gap-2 font-semibold text-zinc-900 dark:text-zinc-100">
            <SiteLogo className="h-6 w-6" />
            {siteConfig.title}
          </p>
          <p className="mt-3 leading-6">{siteConfig.description}</p>
          <p className="mt-4">
            © {new Date().getFullYear()} {siteConfig.title}
          </p>
        </div>
        <nav aria-label="Site">
          <ul className="space-y-2">
            {[
              ...siteConfig.nav,
              { label: "Archive", href: "/archive" },
              { label: "Authors", href: "/authors" },
            ]
              .filter((item, i, all) => all.findIndex((o) => o.href === item.href) === i)
              .map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className={linkClass}>
                    {item.label}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
        <nav aria-label="Feeds and links">
          <ul className="space-y-2">
            {FEEDS.map((feed) => (
              <li key={feed.href}>
                <a href={feed.href} className={linkClass}>
                  {feed.label}
                </a>
              </li>
            ))}
            {siteConfig.social
              .filter((link) => !FEEDS.some((feed) => feed.href === link.href))
              .map((link, index) => (
                <li key={`${index}:${link.href}`}>
                  {/* rel="me": the profiles are the site owners' own (Mastodon verifies it). */}
                  <a
                    href={link.href}
                    rel={link.href.startsWith("/") ? undefined : "me noopener noreferrer"}
                    className={linkClass}
                  >
                    {link.label}
                  </a>
                </li>
              ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
