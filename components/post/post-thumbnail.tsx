/* eslint-disable @next/next/no-img-element -- thumbnails are site files of unknown size. */

/**
 * A post's picture in a list or at the top of a post. Shown whole (object-contain) on a quiet
 * backdrop: thumbnails often carry their own text or diagram, and cropping cut through it.
 * `alt` is empty in lists, where the title beside it already says what the post is.
 */
export function PostThumbnail({
  src,
  alt = "",
  className = "",
  eager = false,
}: {
  src: string;
  alt?: string;
  className?: string;
  eager?: boolean;
}) {
  return (
    <img
      src={src}
      alt={alt}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
      className={`aspect-[1200/630] w-full rounded-lg border border-line bg-zinc-50 object-contain dark:bg-zinc-900 ${className}`}
    />
  );
}
