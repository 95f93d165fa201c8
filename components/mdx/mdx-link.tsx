import Link from "next/link";
import type { ComponentProps } from "react";
import { isExternalUrl } from "@/lib/mdx/safe-url";

/** Links in posts: site links use client navigation; links to other sites are marked as such. */
export function MdxLink({ href = "", children, ...rest }: ComponentProps<"a">) {
  if (href.startsWith("/") && !href.startsWith("//")) {
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
