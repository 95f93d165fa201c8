import { claimFirstImage } from "@/components/media/first-image";
import { ResponsiveImage } from "@/components/media/responsive-image";

/**
 * A post's picture in a list or at the top of a post. Shown whole (object-contain) on a quiet
 * backdrop: thumbnails often carry their own text or diagram, and cropping cut through it.
 * `alt` is empty in lists, where the title beside it already says what the post is.
 * `eager` marks the picture at the top of a page (a post's own, the featured card's): it is the
 * page's first image, fetched at once with high priority unless an earlier one took that role.
 * `sizes` says how wide it is shown, so a phone fetches a small copy.
 */
export function PostThumbnail({
  src,
  alt = "",
  className = "",
  eager = false,
  sizes,
}: {
  src: string;
  alt?: string;
  className?: string;
  eager?: boolean;
  sizes: string;
}) {
  return (
    <ResponsiveImage
      src={src}
      alt={alt}
      sizes={sizes}
      priority={eager && claimFirstImage()}
      className={`aspect-[1200/630] w-full rounded-lg border border-line bg-zinc-50 object-contain dark:bg-zinc-900 ${className}`}
    />
  );
}
