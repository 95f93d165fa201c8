/* eslint-disable @next/next/no-img-element -- our own srcset of variants made by lib/media, served from this site. */
import { siteImage } from "@/lib/media/site-image";
import {
  candidatesFor,
  fallbackFormat,
  variantSourceOf,
  variantUrl,
  type VariantFormat,
} from "@/lib/media/variant-request";

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
  return (
    <picture>
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
