import type { ComponentProps } from "react";
import { phoneWidth, ResponsiveImage } from "@/components/media/responsive-image";
import { claimFirstImage } from "@/components/media/first-image";
import { isSafeUrl, isSiteUrl } from "@/lib/mdx/safe-url";

/**
 * How wide a post's body is (post-view.tsx): the screen less the page's margins on a phone, the
 * 48rem column on a tablet, 44rem beside the table of contents from 80rem (xl) up. On a dense
 * phone screen it is claimed smaller (phoneWidth).
 */
export const POST_BODY_SIZES = `(min-width: 80rem) 44rem, (min-width: 51rem) 48rem, ${phoneWidth("100vw - 2.5rem")}`;

/**
 * Images in posts. Only images on this site are loaded (`isSiteUrl`, the one same-site check): any
 * other address, including disguised ones like `/\host/x.png`, is shown as a link, so reading a post
 * never contacts a third party. Site images come in the size the screen needs (ResponsiveImage);
 * the page's first picture loads at once (first-image.ts), the rest as they near the screen.
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
  return (
    <ResponsiveImage
      src={src}
      alt={alt}
      title={title}
      sizes={POST_BODY_SIZES}
      priority={claimFirstImage()}
    />
  );
}
