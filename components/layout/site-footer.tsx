import { siteConfig } from "@/lib/site-config";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-6 text-sm text-muted">
        <p>
          © {new Date().getFullYear()} {siteConfig.title}
        </p>
        <nav aria-label="Feeds and links">
          <ul className="flex flex-wrap gap-4">
            <li>
              <a href="/feed.xml" className="hover:text-accent">
                RSS
              </a>
            </li>
            <li>
              <a href="/atom.xml" className="hover:text-accent">
                Atom
              </a>
            </li>
            <li>
              <a href="/feed.json" className="hover:text-accent">
                JSON Feed
              </a>
            </li>
            {siteConfig.social
              .filter((link) => !link.href.endsWith("/feed.xml"))
              .map((link, index) => (
                <li key={`${index}:${link.href}`}>
                  {/* rel="me": the profiles are the site owners' own (Mastodon verifies it). */}
                  <a
                    href={link.href}
                    rel={link.href.startsWith("/") ? undefined : "me noopener noreferrer"}
                    className="hover:text-accent"
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
