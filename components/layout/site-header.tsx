import Link from "next/link";
import { SkipLink } from "./skip-link";
import { siteConfig } from "@/lib/site-config";
import { SearchShortcut } from "./search-shortcut";
import { ThemeToggle } from "./theme-toggle";

const SEARCH_INPUT_ID = "site-search";

export function SiteHeader() {
  return (
    <header className="border-b border-line">
      <SkipLink />
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link
          href="/"
          className="flex items-center gap-2 text-lg font-bold tracking-tight hover:text-accent"
        >
          {siteConfig.logo ? (
            // An upload of unknown size, served as-is from /media; the title beside it names it.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={siteConfig.logo} alt="" className="h-8 w-auto" />
          ) : null}
          {siteConfig.title}
        </Link>
        <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex gap-4 text-sm">
            {siteConfig.nav.map((item, index) => (
              // Two links may share an address; the position keeps their keys apart.
              <li key={`${index}:${item.href}`}>
                <Link href={item.href} className="text-muted hover:text-accent">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-2">
          {/* A plain GET form: search works with or without JavaScript. */}
          <form role="search" action="/search" className="flex items-center">
            <label htmlFor={SEARCH_INPUT_ID} className="sr-only">
              Search posts
            </label>
            <input
              id={SEARCH_INPUT_ID}
              name="q"
              type="search"
              placeholder="Search  /"
              maxLength={200}
              className="w-28 rounded-md border border-line bg-surface px-2 py-1 text-sm placeholder:text-muted sm:w-44"
            />
          </form>
          <SearchShortcut inputId={SEARCH_INPUT_ID} />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
