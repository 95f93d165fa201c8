import Link from "next/link";
import type { ComponentProps } from "react";
import { isExternalUrl, isSiteUrl } from "@/lib/mdx/safe-url";

/** Links in posts: site links use client navigation; links to other sites are marked as such. */
export function MdxLink({ href = "", children, ...rest }: ComponentProps<"a">) {
  // Only a real site path gets client navigation: `/\evil.example` starts with a slash too.
  if (href.startsWith("/") && isSiteUrl(href)) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  }
  if (isExternalUrl(href)) {
    return (
      <a href={href} rel="noopener noreferrer" {...rest}>
        {children}
        <span aria-hidden="true" className="external-mark">
          ↗
        </span>
        <span className="sr-only"> (external link)</span>
      </a>
    );
  }
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}
