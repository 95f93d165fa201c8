/* eslint-disable @next/next/no-img-element -- our own srcset of variants made by lib/media, served from this site. */
import { siteImage } from "@/lib/media/site-image";
import {
  candidatesFor,
  fallbackFormat,
  variantSourceOf,
  variantUrl,
  type VariantFormat,
} from "@/lib/media/variant-request";

/**
 * The last entry of a `sizes` value, for phones: on screens of 2.5 device pixels per CSS pixel and
 * more, the image is claimed at two-thirds of its width. A 3× phone then takes the 960 px copy for
 * a 350 px-wide slot (1,050 device pixels) instead of the 1,280 px one: no wider than it is shown,
 * about a third fewer bytes, and no difference the eye can see at that density.
 */
export const phoneWidth = (width: string) =>
  `(min-resolution: 2.5dppx) calc((${width}) * 0.67), calc(${width})`;

export type ResponsiveImageProps = {
  src: string;
  alt: string;
  /** The `sizes` attribute: how wide the image is shown, so a phone picks a small variant. */
  sizes: string;
  /** The page's first picture: fetched at once, with high priority (first-image.ts). */
  priority?: boolean;
  title?: string;
  className?: string;
};

/**
 * An image on this site at the size the reader's screen needs: AVIF, then WebP, then JPEG or PNG
 * for older browsers, each at the fixed widths up to the image's own (never enlarged). Width and
 * height are always set, so nothing moves while it loads. SVG and GIF are shown as they are, with
 * their own size; an image that cannot be measured is shown as it was, lazily.
 */
export async function ResponsiveImage({
  src,
  alt,
  sizes,
  priority = false,
  title,
  className,
}: ResponsiveImageProps) {
  const loading = {
    loading: priority ? "eager" : "lazy",
    fetchPriority: priority ? "high" : "auto",
    decoding: priority ? "sync" : "async",
  } as const;
  const image = await siteImage(src);
  const source = variantSourceOf(src);
  if (!image || image.kind !== "raster" || !source) {
    return (
      <img
        src={src}
        alt={alt}
        title={title}
        width={image?.width}
        height={image?.height}
        className={className}
        {...loading}
      />
    );
  }
  const candidates = candidatesFor(image.width);
  const srcSet = (format: VariantFormat) =>
    candidates.map((c) => `${variantUrl(src, c.request, format)} ${c.width}w`).join(", ");
  const fallback = fallbackFormat(src);
  const largest = candidates[candidates.length - 1]!;
  // A styled image (a thumbnail placed in a grid or a flex row) is laid out as if the picture
  // around it were not there; in a post's prose the picture keeps its own spacing.
  return (
    <picture className={className ? "contents" : undefined}>
      <source type="image/avif" srcSet={srcSet("avif")} sizes={sizes} />
      <source type="image/webp" srcSet={srcSet("webp")} sizes={sizes} />
      <img
        src={variantUrl(src, largest.request, fallback)}
        srcSet={srcSet(fallback)}
        sizes={sizes}
        alt={alt}
        title={title}
        width={image.width}
        height={image.height}
        className={className}
        {...loading}
      />
    </picture>
  );
}
