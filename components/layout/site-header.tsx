import Link from "next/link";
import { SkipLink } from "./skip-link";
import { siteConfig } from "@/lib/site-config";
import { SearchShortcut } from "./search-shortcut";
import { SiteLogo } from "./site-logo";
import { ThemeToggle } from "./theme-toggle";

const SEARCH_INPUT_ID = "site-search";

export function SiteHeader() {
  return (
    <header className="border-b border-line">
      <SkipLink />
      {/* Phones: the name and theme on one row, sections and search on the next. */}
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-8 gap-y-3 px-5 py-4 sm:px-6">
        <Link
          href="/"
          className="order-1 flex items-center gap-2.5 text-lg font-bold tracking-tight hover:text-accent"
        >
          <SiteLogo />
          {siteConfig.title}
        </Link>
        <nav aria-label="Main" className="order-3 sm:order-2">
          <ul className="flex gap-5 text-[0.9375rem] font-medium">
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
        {/* A plain GET form: search works with or without JavaScript. */}
        <form
          role="search"
          action="/search"
          className="order-4 ml-auto flex items-center sm:order-3"
        >
          <label htmlFor={SEARCH_INPUT_ID} className="sr-only">
            Search posts
          </label>
          <input
            id={SEARCH_INPUT_ID}
            name="q"
            type="search"
            placeholder="Search  /"
            maxLength={200}
            className="w-32 rounded-full border border-line bg-surface px-3.5 py-1.5 text-sm placeholder:text-muted sm:w-48"
          />
        </form>
        <div className="order-2 ml-auto flex items-center sm:order-4 sm:-ml-4">
          <SearchShortcut inputId={SEARCH_INPUT_ID} />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
