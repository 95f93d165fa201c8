/* eslint-disable @next/next/no-img-element -- MDX images have no known size; next/image needs one. */
import type { ComponentProps } from "react";
import { isSafeUrl, isSiteUrl } from "@/lib/mdx/safe-url";

/**
 * Images in posts. Only images on this site are loaded (`isSiteUrl`, the one same-site check): any
 * other address, including disguised ones like `/\host/x.png`, is shown as a link, so reading a post
 * never contacts a third party.
 */
export function MdxImage({ src, alt = "", title }: ComponentProps<"img">) {
  if (typeof src !== "string" || !src) return null;
  if (!isSiteUrl(src)) {
    if (!isSafeUrl(src)) return null;
    return (
      <a href={src} rel="noopener noreferrer nofollow" className="external-image">
        [Image: {alt || src}]
      </a>
    );
  }
  return <img src={src} alt={alt} title={title} loading="lazy" decoding="async" />;
}
